import { describe, expect, it } from 'vitest';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { richDeckInput } from '../fixtures/richDeckInput';
import { clusterConceptSlides } from './clusterConceptSlides';

describe('clusterConceptSlides', () => {
  it('gives Porter’s definition with its source and the three benefits (English)', () => {
    const [what, why] = clusterConceptSlides(testContext(richDeckInput('en'), 'en'));
    expect(what && slideText(what)).toContain('that compete but also cooperate');
    expect(what && slideText(what)).toContain('Harvard Business Review, 1998');
    const benefits = why ? slideText(why) : '';
    for (const heading of [
      'Productivity',
      'Innovation and knowledge transfer',
      'Market awareness',
    ]) {
      expect(benefits).toContain(heading);
    }
    expect(benefits).toContain('shared resources and strong links');
  });

  it('says the same in Turkish, naming the project in the notes', () => {
    const [what, why] = clusterConceptSlides(testContext(richDeckInput('tr'), 'tr'));
    expect(what?.title).toBe('Küme nedir?');
    expect(what && slideText(what)).toContain('iş birliği de yapar');
    expect(what?.notes).toContain('İzmir Makine ve Döküm Kümesi');
    expect(why && slideText(why)).toContain('İnovasyon ve bilgi aktarımı');
  });
});
