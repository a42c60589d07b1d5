import { describe, expect, it } from 'vitest';
import type { DeckMapBlock } from '../deckModel';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { emptyDeckInput, richDeckInput } from '../fixtures/richDeckInput';
import { clusterMapSlides } from './clusterMapSlides';

describe('clusterMapSlides', () => {
  it('draws at most 80 organisations and says how many are not shown', () => {
    const [slide] = clusterMapSlides(testContext(richDeckInput('en'), 'en'));
    const map = slide?.blocks.find((block): block is DeckMapBlock => block.kind === 'map');
    expect(map?.nodes).toHaveLength(80);
    expect(slide && slideText(slide)).toContain('16 are not shown');
    expect(map?.lanes.map((lane) => lane.label)).toContain('Not on the chain');
  });

  it('lists the numbered organisations, the brokers and the figures', () => {
    const [slide] = clusterMapSlides(testContext(richDeckInput('tr'), 'tr'));
    const text = slide ? slideText(slide) : '';
    expect(text).toContain('96');
    expect(text).toContain('Köprü kuruluşlar');
    expect(text).toMatch(/^1 {2}\S/m);
    expect(slide?.notes).toContain('Haritada 96 kuruluş');
  });

  it('says where relations are recorded when there is no map', () => {
    const [slide] = clusterMapSlides(testContext(emptyDeckInput(), 'en'));
    expect(slide && slideText(slide)).toContain('Field study > Primary research > Relations');
  });
});
