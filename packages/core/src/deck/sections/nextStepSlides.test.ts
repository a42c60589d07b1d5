import { describe, expect, it } from 'vitest';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { richDeckInput } from '../fixtures/richDeckInput';
import { nextStepSlides } from './nextStepSlides';

describe('nextStepSlides', () => {
  it('offers the standard steps of the process when the facilitator gave none', () => {
    const [slide] = nextStepSlides(testContext(richDeckInput('en'), 'en'));
    const text = slide ? slideText(slide) : '';
    expect(text).toContain('3. Workshop 1: the cluster’s vision');
    expect(text).toContain('Would you like to join the working group?');
  });

  it('numbers the facilitator’s steps across pages, inviting on the last page only', () => {
    const input = richDeckInput('tr');
    input.nextSteps = Array.from({ length: 10 }, (_, index) => `Adım ${index + 1}`);
    const slides = nextStepSlides(testContext(input, 'tr'));
    expect(slides).toHaveLength(2);
    expect(slides[1] && slideText(slides[1])).toContain('10. Adım 10');
    expect(slides[0] && slideText(slides[0])).not.toContain('Çalışma grubunda yer almak');
    expect(slides[1] && slideText(slides[1])).toContain('Çalışma grubunda yer almak');
  });
});
