import { describe, expect, it } from 'vitest';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { emptyDeckInput, richDeckInput } from '../fixtures/richDeckInput';
import { titleSlides } from './titleSlides';

describe('titleSlides', () => {
  it('writes the event title, the project and region, the day with its weekday and the venue', () => {
    const [cover] = titleSlides(testContext(richDeckInput('tr'), 'tr'));
    const text = cover ? slideText(cover) : '';
    expect(cover?.kind).toBe('cover');
    expect(text).toContain('İzmir Makine Kümesi Bilgi Günü');
    expect(text).toContain('İzmir Makine ve Döküm Kümesi · İzmir (TR31)');
    expect(text).toContain('12 Haziran 2025');
    expect(text).toContain('Perşembe');
    expect(text).toContain('09:30–13:00');
    expect(text).toContain('İzmir Ticaret Odası Konferans Salonu');
    expect(cover?.notes).toContain('Hoş geldiniz');
  });

  it('says the date is to be announced when there is no event yet', () => {
    const [cover] = titleSlides(testContext(emptyDeckInput(), 'en'));
    expect(cover && slideText(cover)).toContain('Date and venue to be announced');
    expect(cover?.title).toBe('Information Day');
  });

  it('warns in the banner and the notes that a sample project is sample data', () => {
    const input = richDeckInput('en');
    input.project.isSample = true;
    const [cover] = titleSlides(testContext(input, 'en'));
    expect(cover?.blocks.some((block) => block.kind === 'text' && block.style === 'banner')).toBe(
      true,
    );
    expect(cover?.notes).toContain('sample project');
  });
});
