import { describe, expect, it } from 'vitest';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { emptyDeckInput, richDeckInput } from '../fixtures/richDeckInput';
import { agendaSlides } from './agendaSlides';

describe('agendaSlides', () => {
  it('lists the sessions with time, title and speaker, and reads them in the notes', () => {
    const [slide] = agendaSlides(testContext(richDeckInput('en'), 'en'));
    const table = slide?.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows[1]).toEqual([
      '10:00',
      'Opening remarks',
      'İzmir Kalkınma Ajansı',
    ]);
    expect(slide?.notes).toContain('7 sessions');
  });

  it('pages a long agenda and numbers the pages', () => {
    const input = richDeckInput('tr');
    if (input.event) {
      input.event.agenda = Array.from({ length: 45 }, (_, index) => ({
        time: '10:00',
        title: `Oturum ${index}`,
        speaker: '',
      }));
    }
    const slides = agendaSlides(testContext(input, 'tr'));
    expect(slides.length).toBeGreaterThan(1);
    expect(slides[0]?.title).toBe(`Program (1/${slides.length})`);
    const rows = slides.flatMap((slide) =>
      slide.blocks.flatMap((block) => (block.kind === 'table' ? block.rows : [])),
    );
    expect(rows).toHaveLength(45);
  });

  it('says where to enter the agenda when there is none', () => {
    const [slide] = agendaSlides(testContext(emptyDeckInput(), 'en'));
    const text = slide ? slideText(slide) : '';
    expect(text).toContain('The event’s agenda has not been entered yet.');
    expect(text).toContain('Information Day > Events and the deck');
  });
});
