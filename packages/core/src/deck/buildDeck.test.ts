import { describe, expect, it } from 'vitest';
import { buildDeck } from './buildDeck';
import { DECK_SECTIONS, type DeckInput } from './deckInput';
import { deckLayoutProblems } from './fixtures/deckLayoutProblems';
import { slideText } from './fixtures/deckTestHelpers';
import { emptyDeckInput, richDeckInput } from './fixtures/richDeckInput';

const long = (text: string, times = 8) => Array.from({ length: times }, () => text).join(' ');

/** Every name and text as long as the input schemas allow, or longer. */
function longInput(): DeckInput {
  const input = richDeckInput('en');
  input.project.name = long('İzmir Makine, Metal ve Döküm Sanayicileri Kümelenme Derneği', 4);
  input.project.region = long('İzmir, Manisa, Aydın ve Denizli (TR31, TR33, TR32)', 3);
  if (input.event) {
    input.event.title = long(
      'Information Day of the machinery, metal and casting cluster',
      4,
    ).slice(0, 200);
    input.event.venue = long('Conference hall', 12).slice(0, 200);
    input.event.agenda = Array.from({ length: 50 }, (_, index) => ({
      time: '10:00',
      title: long(`Session ${index} on cluster development`, 5).slice(0, 200),
      speaker: long('Prof. Dr. Ayşe Yılmaz-Öztürk', 6).slice(0, 200),
    }));
  }
  if (input.statistics) {
    input.statistics.clusters = input.statistics.clusters.map((cluster) => ({
      ...cluster,
      name: long(cluster.name, 5),
    }));
    input.statistics.employmentSeries = input.statistics.employmentSeries.map((series) => ({
      ...series,
      clusterName: long(series.clusterName, 4),
    }));
  }
  if (input.fieldStudy) {
    input.fieldStudy.keyQuestions = input.fieldStudy.keyQuestions.map((question) => ({
      question: long(question.question, 6),
      answers: question.answers.map((answer) => ({ ...answer, label: long(answer.label, 5) })),
    }));
  }
  if (input.clusterMap) {
    input.clusterMap.stages = input.clusterMap.stages.map((stage) => long(stage, 3));
    input.clusterMap.brokers = input.clusterMap.brokers.map((broker) => long(broker, 4));
    input.clusterMap.nodes = input.clusterMap.nodes.map((node) => ({
      ...node,
      name: long(node.name, 4),
    }));
  }
  input.gaps = Array.from({ length: 17 }, (_, index) => ({
    title: long(`Gap ${index}`, 10),
    detail: long('A long explanation of the gap.', 12),
  }));
  if (input.workingGroup) {
    input.workingGroup.members = Array.from({ length: 60 }, (_, index) => ({
      name: long(`Member ${index}`, 12),
      type: 'firm',
      stage: long('Pattern and mould making', 4),
    }));
  }
  input.workshopCalendar = Array.from({ length: 12 }, (_, index) => ({
    title: long(`Workshop ${index}`, 20).slice(0, 200),
    date: null,
    venue: long('Venue', 40).slice(0, 200),
  }));
  input.nextSteps = Array.from({ length: 12 }, () =>
    long('Confirm the working group and set the workshop dates', 6).slice(0, 300),
  );
  if (input.benchmarkCase) {
    input.benchmarkCase = {
      ...input.benchmarkCase,
      name: long('Benchmark', 20).slice(0, 200),
      summary: { tr: long('Özet', 300), en: long('A summary sentence.', 100) },
      highlights: Array.from({ length: 8 }, () => ({ tr: '', en: long('A highlight', 20) })),
      lessons: Array.from({ length: 8 }, () => ({ tr: '', en: long('A lesson', 30) })),
      source: long('https://example.org/a/very/long/source', 12).slice(0, 500),
    };
  }
  return input;
}

describe('buildDeck', () => {
  it.each(['tr', 'en'] as const)(
    'lays out the rich deck (%s) with no overflow, overlap or slide without notes',
    (language) => {
      const deck = buildDeck(richDeckInput(language), language);
      expect(deckLayoutProblems(deck)).toEqual([]);
      expect(deck.slides.length).toBeGreaterThan(20);
    },
  );

  it.each(['tr', 'en'] as const)(
    'lays out the empty project (%s): every part says what is missing',
    (language) => {
      const deck = buildDeck(emptyDeckInput(), language);
      expect(deckLayoutProblems(deck)).toEqual([]);
      const notices = deck.slides.filter((slide) =>
        slide.blocks.some((block) => block.kind === 'text' && block.style === 'notice'),
      );
      // agenda, benchmark case, statistics, field study, map, gaps, working group, calendar, attendance
      expect(notices).toHaveLength(9);
    },
  );

  it('keeps text inside its boxes with extremely long names and lists', () => {
    const deck = buildDeck(longInput(), 'en');
    expect(deckLayoutProblems(deck)).toEqual([]);
  });

  it('builds the chosen sections in the chosen order, each once', () => {
    const input = {
      ...richDeckInput('en'),
      sections: ['next_steps', 'title', 'attendance', 'title'] as DeckInput['sections'],
    };
    const deck = buildDeck(input, 'en');
    expect(deck.slides.map((slide) => slide.section)).toEqual([
      'next_steps',
      'title',
      'attendance',
    ]);
  });

  it('builds the cover alone when no section is chosen', () => {
    const deck = buildDeck({ ...emptyDeckInput(), sections: [] }, 'en');
    expect(deck.slides.map((slide) => slide.kind)).toEqual(['cover']);
  });

  it('covers every section of DECK_SECTIONS', () => {
    const deck = buildDeck(richDeckInput('en'), 'en');
    expect(new Set(deck.slides.map((slide) => slide.section))).toEqual(new Set(DECK_SECTIONS));
  });

  it('fits the logo into the header keeping its aspect ratio, and narrows the title for it', () => {
    const deck = buildDeck(richDeckInput('en'), 'en');
    const frame = deck.logo?.frame;
    expect(frame).toBeDefined();
    expect((frame?.w ?? 0) / (frame?.h ?? 1)).toBeCloseTo(160 / 64, 6);
    expect(deck.titleFrame.x + deck.titleFrame.w).toBeLessThan(frame?.x ?? 0);
    const without = buildDeck(emptyDeckInput(), 'en');
    expect(without.logo).toBeNull();
    expect(without.titleFrame.w).toBeGreaterThan(deck.titleFrame.w);
  });

  it('leaves out a logo without a usable size, and skips section ids it does not know', () => {
    const input = richDeckInput('en');
    if (input.logo) input.logo = { ...input.logo, width: 0 };
    input.sections = ['title', 'later_section' as DeckInput['sections'][number]];
    const deck = buildDeck(input, 'en');
    expect(deck.logo).toBeNull();
    expect(deck.slides.map((slide) => slide.section)).toEqual(['title']);
  });

  it('writes the project name and region in the footer of every slide', () => {
    const deck = buildDeck(richDeckInput('tr'), 'tr');
    expect(deck.footer.text).toBe('İzmir Makine ve Döküm Kümesi · İzmir (TR31)');
  });

  it('says on the cover and in the footer that a sample project is sample data', () => {
    const input = richDeckInput('tr');
    input.project.isSample = true;
    const deck = buildDeck(input, 'tr');
    const [cover] = deck.slides;
    expect(cover && slideText(cover)).toContain('ÖRNEK VERİ');
    expect(deck.footer.text).toContain('Örnek veri');
    const [realCover] = buildDeck(richDeckInput('en'), 'en').slides;
    expect(realCover && slideText(realCover)).not.toContain('SAMPLE DATA');
  });

  it('writes every slide in the language asked for', () => {
    const tr = buildDeck(richDeckInput('tr'), 'tr').slides.map((slide) => slide.title);
    const en = buildDeck(richDeckInput('en'), 'en').slides.map((slide) => slide.title);
    expect(tr).toContain('Küme nedir?');
    expect(en).toContain('What is a cluster?');
    expect(tr.filter((title) => en.includes(title))).toEqual([]);
  });

  it('is pure: the same input gives the same deck', () => {
    expect(buildDeck(richDeckInput('en'), 'en')).toEqual(buildDeck(richDeckInput('en'), 'en'));
  });
});
