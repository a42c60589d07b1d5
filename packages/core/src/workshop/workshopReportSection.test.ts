// Tests of workshopReportSection: the roadmap's workshop section in both languages, with the parts
// not yet available said plainly.

import { describe, expect, it } from 'vitest';
import {
  type WorkshopReportBlock,
  type WorkshopReportInput,
  workshopReportSection,
} from './workshopReportSection';

const closedAt = '2026-11-26T15:30:00.000Z';
const held: WorkshopReportInput = {
  vision: {
    title: 'Vizyon çalıştayı',
    closedAt,
    text: 'A leading casting cluster by 2035',
    confirmedBy: 7,
  },
  factors: {
    title: 'KSF workshop',
    closedAt,
    items: [
      { id: 'i1', text: 'Export markets', weight: 0.25, performance: 2, quadrant: 'low_priority' },
      {
        id: 'i2',
        text: 'Skilled workforce',
        weight: 0.6,
        performance: 1.666_666,
        quadrant: 'concentrate_here',
      },
      { id: 'i3', text: 'Test lab', weight: null, performance: null, quadrant: null },
      {
        id: 'i4',
        text: 'Logistics',
        weight: 0.15,
        performance: 4.5,
        quadrant: 'possible_overkill',
      },
    ],
  },
  skills: {
    title: 'Skills workshop',
    closedAt,
    items: [
      {
        factorId: 'i2',
        text: 'CNC programming',
        importance: 4.5,
        current: 2,
        required: 4.333_333,
        gap: 2.333_333,
        priority: 10.5,
        rank: 1,
      },
      {
        factorId: null,
        text: 'English',
        importance: null,
        current: 3,
        required: 4,
        gap: 1,
        priority: null,
        rank: 2,
      },
    ],
  },
};
const nothing: WorkshopReportInput = { vision: null, factors: null, skills: null };

const texts = (blocks: WorkshopReportBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'table' ? [] : [block.text]));
const tables = (blocks: WorkshopReportBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'table' ? [block] : []));

describe('workshopReportSection', () => {
  it('says plainly in English that no workshop has been held yet', () => {
    expect(workshopReportSection(nothing, 'en')).toEqual({
      title: 'Workshop results',
      blocks: [
        { kind: 'heading', text: 'Vision' },
        { kind: 'paragraph', text: 'The vision workshop has not been held yet.' },
        { kind: 'heading', text: 'Key success factors' },
        { kind: 'paragraph', text: 'The key success factor workshop has not been held yet.' },
        { kind: 'heading', text: 'Requisite skills and capabilities' },
        {
          kind: 'paragraph',
          text: 'The requisite skills and capabilities workshop has not been held yet.',
        },
      ],
    });
  });

  it('says the same in Turkish', () => {
    const section = workshopReportSection(nothing, 'tr');
    expect(section.title).toBe('Çalıştay sonuçları');
    expect(texts(section.blocks)).toEqual([
      'Vizyon',
      'Vizyon çalıştayı henüz yapılmadı.',
      'Kilit başarı faktörleri',
      'Kilit başarı faktörleri çalıştayı henüz yapılmadı.',
      'Gerekli beceri ve yetkinlikler',
      'Gerekli beceri ve yetkinlikler çalıştayı henüz yapılmadı.',
    ]);
  });

  it('gives the vision text with how many confirmed it and where it comes from', () => {
    const english = texts(workshopReportSection(held, 'en').blocks);
    expect(english.slice(0, 3)).toEqual([
      'Vision',
      'A leading casting cluster by 2035',
      'Confirmed by 7 participants. From the workshop “Vizyon çalıştayı”, closed on 26 November 2026.',
    ]);
    expect(texts(workshopReportSection(held, 'tr').blocks)[2]).toBe(
      '7 katılımcı onayladı. “Vizyon çalıştayı” çalıştayından; 26 Kasım 2026 tarihinde kapandı.',
    );
  });

  it('lists the factors heaviest first with weight in %, performance and the quadrant in words', () => {
    const [factors] = tables(workshopReportSection(held, 'en').blocks);
    expect(factors).toEqual({
      kind: 'table',
      columns: ['Success factor', 'Weight (%)', 'Performance (1-5)', 'Quadrant'],
      rows: [
        ['Skilled workforce', 60, 1.67, 'Concentrate here (important, weak today)'],
        ['Export markets', 25, 2, 'Low priority (less important, weak today)'],
        ['Logistics', 15, 4.5, 'Possible overkill (less important, strong today)'],
        ['Test lab', '–', '–', '–'],
      ],
    });
    expect(texts(workshopReportSection(held, 'en').blocks)).toContain(
      'Concentrate here: Skilled workforce.',
    );
    const [turkish] = tables(workshopReportSection(held, 'tr').blocks);
    expect(turkish?.columns).toEqual([
      'Başarı faktörü',
      'Ağırlık (%)',
      'Performans (1-5)',
      'Bölge',
    ]);
    expect(turkish?.rows[0]?.[3]).toBe('Buraya odaklanın (önemli, bugün zayıf)');
  });

  it('says when the factors were collected but not weighted', () => {
    const unweighted: WorkshopReportInput = {
      ...nothing,
      factors: {
        title: 'KSF',
        closedAt,
        items: [{ id: 'i1', text: 'Exports', weight: null, performance: 3, quadrant: null }],
      },
    };
    expect(texts(workshopReportSection(unweighted, 'en').blocks)).toContain(
      'The factors have not been weighted yet.',
    );
    expect(texts(workshopReportSection(unweighted, 'tr').blocks)).toContain(
      'Faktörler henüz ağırlıklandırılmadı.',
    );
  });

  it('ranks the skills gaps with their success factor by name, rounded, missing ratings marked', () => {
    const [, skills] = tables(workshopReportSection(held, 'en').blocks);
    expect(skills?.columns[0]).toBe('Rank');
    expect(skills?.rows).toEqual([
      [1, 'CNC programming', 'Skilled workforce', 4.5, 2, 4.33, 2.33, 10.5],
      [2, 'English', '–', '–', 3, 4, 1, '–'],
    ]);
    const [, turkish] = tables(workshopReportSection(held, 'tr').blocks);
    expect(turkish?.columns.slice(0, 3)).toEqual([
      'Sıra',
      'Beceri veya yetkinlik',
      'Başarı faktörü',
    ]);
  });

  it('reports the skills even when the factors workshop is missing, without factor names', () => {
    const section = workshopReportSection({ ...held, factors: null }, 'en');
    expect(texts(section.blocks)).toContain(
      'The key success factor workshop has not been held yet.',
    );
    expect(tables(section.blocks)[0]?.rows[0]?.[2]).toBe('–');
  });
});
