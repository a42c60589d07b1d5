import { describe, expect, it } from 'vitest';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { emptyDeckInput, richDeckInput } from '../fixtures/richDeckInput';
import { workshopCalendarSlides } from './workshopCalendarSlides';

describe('workshopCalendarSlides', () => {
  it('lists the workshops with their dates, or "date to be set"', () => {
    const [slide] = workshopCalendarSlides(testContext(richDeckInput('en'), 'en'));
    const table = slide?.blocks.find((block) => block.kind === 'table');
    const rows = table?.kind === 'table' ? table.rows : [];
    expect(rows.map((row) => row[1])).toEqual([
      'Vision workshop',
      'Key success factors workshop',
      'Requisite skills and capabilities workshop',
    ]);
    // The comma after the weekday depends on the ICU version.
    expect(rows[0]?.[2]).toMatch(/^Thursday,? 3 July 2025$/);
    expect(rows[1]?.[3]).toBe('Ege Bölgesi Sanayi Odası');
    expect(rows[2]?.slice(2)).toEqual(['Date to be set', 'To be set']);
    expect(slide?.notes).toContain('3 workshops are planned; 2 have a date.');
  });

  it('writes the dates in Turkish', () => {
    const [slide] = workshopCalendarSlides(testContext(richDeckInput('tr'), 'tr'));
    const text = slide ? slideText(slide) : '';
    expect(text).toContain('3 Temmuz 2025');
    expect(text).toContain('Perşembe');
    expect(text).toContain('Tarih belirlenecek');
  });

  it('says where to set the calendar when it is empty', () => {
    const [slide] = workshopCalendarSlides(testContext(emptyDeckInput(), 'en'));
    expect(slide && slideText(slide)).toContain('The workshop calendar has not been set yet.');
  });
});
