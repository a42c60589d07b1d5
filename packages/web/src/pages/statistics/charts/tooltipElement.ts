// Chart tooltips built from text nodes: cluster and region names are user data and never become HTML.

/** A tooltip box: the first line bold, each line its own row. */
export function tooltipElement(lines: readonly string[]): HTMLElement {
  const box = document.createElement('div');
  lines.forEach((line, index) => {
    const row = document.createElement('div');
    row.textContent = line;
    if (index === 0) row.style.fontWeight = '600';
    box.appendChild(row);
  });
  return box;
}
