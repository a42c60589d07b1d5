// Saves a map drawn as an SVG element: as an SVG file (the element serialised, with a legend
// drawn in) or as a PNG picture (the same SVG painted on a canvas at twice its size).

import { downloadFile } from './downloadFile';

export interface LegendEntry {
  colour: string;
  label: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A copy of the map with its legend in a band below it, sized in the map's own units. */
function withLegend(
  svg: SVGSVGElement,
  title: string,
  legend: readonly LegendEntry[],
): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const [x = 0, y = 0, width = 100, height = 100] = (copy.getAttribute('viewBox') ?? '')
    .split(/\s+/)
    .map(Number);
  const unit = width / 60;
  const band = unit * 4.5;
  copy.setAttribute('viewBox', `${x} ${y} ${width} ${height + band}`);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('font-family', 'system-ui, sans-serif');
  const group = document.createElementNS(SVG_NS, 'g');
  const text = (content: string, tx: number, ty: number, size: number, weight?: string) => {
    const node = document.createElementNS(SVG_NS, 'text');
    node.setAttribute('x', String(tx));
    node.setAttribute('y', String(ty));
    node.setAttribute('font-size', String(size));
    if (weight) node.setAttribute('font-weight', weight);
    node.textContent = content;
    group.appendChild(node);
  };
  text(title, x + unit, y + height + unit * 1.3, unit * 1.1, '600');
  const step = (width - 2 * unit) / Math.max(legend.length, 1);
  legend.forEach((entry, index) => {
    const left = x + unit + index * step;
    const swatch = document.createElementNS(SVG_NS, 'rect');
    swatch.setAttribute('x', String(left));
    swatch.setAttribute('y', String(y + height + unit * 2));
    swatch.setAttribute('width', String(unit * 1.4));
    swatch.setAttribute('height', String(unit));
    swatch.setAttribute('fill', entry.colour);
    swatch.setAttribute('stroke', '#868e96');
    swatch.setAttribute('stroke-width', String(unit / 20));
    group.appendChild(swatch);
    text(entry.label, left + unit * 1.8, y + height + unit * 2.85, unit * 0.9);
  });
  copy.appendChild(group);
  return copy;
}

export function saveMapSvg(
  svg: SVGSVGElement,
  title: string,
  legend: readonly LegendEntry[],
  fileName: string,
): void {
  const text = new XMLSerializer().serializeToString(withLegend(svg, title, legend));
  downloadFile(new Blob([text], { type: 'image/svg+xml' }), `${fileName}.svg`);
}

export function saveMapPng(
  svg: SVGSVGElement,
  title: string,
  legend: readonly LegendEntry[],
  fileName: string,
): void {
  const copy = withLegend(svg, title, legend);
  const [, , width = 100, height = 100] = (copy.getAttribute('viewBox') ?? '')
    .split(/\s+/)
    .map(Number);
  // Twice the shown width, at the map's proportions (legend band included).
  const pixelWidth = Math.round(svg.getBoundingClientRect().width * 2) || 1600;
  const pixelHeight = Math.round((pixelWidth * height) / width);
  copy.setAttribute('width', String(pixelWidth));
  copy.setAttribute('height', String(pixelHeight));
  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }),
  );
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (context) {
      context.fillStyle = '#fff';
      context.fillRect(0, 0, pixelWidth, pixelHeight);
      context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
      canvas.toBlob((blob) => blob && downloadFile(blob, `${fileName}.png`), 'image/png');
    }
    URL.revokeObjectURL(url);
  };
  image.src = url;
}
