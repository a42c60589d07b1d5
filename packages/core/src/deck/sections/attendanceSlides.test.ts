import { describe, expect, it } from 'vitest';
import type { DeckChartBlock } from '../deckModel';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { emptyDeckInput, richDeckInput } from '../fixtures/richDeckInput';
import { attendanceSlides } from './attendanceSlides';

describe('attendanceSlides', () => {
  it('shows seats, registrations, the waiting list and check-ins, and guests by type', () => {
    const [slide] = attendanceSlides(testContext(richDeckInput('en'), 'en'));
    const figures = slide?.blocks.flatMap((block) =>
      block.kind === 'figure' ? [`${block.value} ${block.label}`] : [],
    );
    expect(figures).toEqual([
      '120 seats',
      '96 registered',
      '7 on the waiting list',
      '71 checked in',
    ]);
    const chart = slide?.blocks.find((block): block is DeckChartBlock => block.kind === 'chart');
    expect(chart?.chart).toBe('doughnut');
    expect(chart?.categories).toEqual([
      'Firm',
      'Supplier',
      'University',
      'Chamber or association',
      'Public agency',
      'Not in the registry',
    ]);
    expect(chart?.series[0]?.values).toEqual([58, 9, 8, 7, 6, 8]);
    expect(slide && slideText(slide)).toContain('80% of the seats are taken.');
    expect(slide?.notes).toContain('96 people registered for 120 seats and 71 have checked in');
  });

  it('leaves the chart out when nobody has registered (Turkish)', () => {
    const input = richDeckInput('tr');
    input.attendance = { capacity: 80, registered: 0, waitlisted: 0, checkedIn: 0, byType: [] };
    const [slide] = attendanceSlides(testContext(input, 'tr'));
    expect(slide?.blocks.some((block) => block.kind === 'chart')).toBe(false);
    expect(slide && slideText(slide)).toContain('Kapasitenin %0 kadarı dolu.');
  });

  it('says an event must be created first when there is none', () => {
    const [slide] = attendanceSlides(testContext(emptyDeckInput(), 'en'));
    expect(slide && slideText(slide)).toContain('No Information Day event has been created');
  });
});
