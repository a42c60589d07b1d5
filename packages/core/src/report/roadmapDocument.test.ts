// Tests of the roadmap document's blocks: its sections in order, the action plan, the budget, the
// monitoring charts, the coverage check and the annex from the İzmir fixture, the language's
// numbers and names, and what an empty project's document says instead.

import { describe, expect, it } from 'vitest';
import type { ReportBlock, ReportSection } from './reportDocument';
import { reportDocumentProblems } from './reportDocumentProblems';
import { roadmapDocument, roadmapSections } from './roadmapDocument';
import type { RoadmapDocumentInput } from './roadmapDocumentInput';
import {
  emptyRoadmapDocumentInput,
  sampleRoadmapDocumentInput,
} from './fixtures/sampleRoadmapDocumentInput';

type Table = Extract<ReportBlock, { kind: 'table' }>;

const section = (sections: ReportSection[], number: string) => {
  const found = sections.find((s) => s.title.startsWith(number));
  if (!found) throw new Error(`no section ${number}`);
  return found;
};
const tables = (s: ReportSection) => s.blocks.filter((b): b is Table => b.kind === 'table');
const texts = (s: ReportSection) =>
  s.blocks.flatMap((b) =>
    b.kind === 'paragraph' || b.kind === 'note' || b.kind === 'heading' ? [b.text] : [],
  );

describe('roadmapDocument', () => {
  it('has twelve numbered sections and the annex, in both languages, without shape problems', () => {
    const tr = roadmapDocument(sampleRoadmapDocumentInput(), 'tr');
    const en = roadmapDocument(sampleRoadmapDocumentInput(), 'en');
    expect(en.sections.map((s) => s.title)).toEqual([
      '1. Summary',
      '2. The starting point',
      '3. The vision',
      '4. Key success factors',
      '5. Skills and capabilities gaps',
      '6. The action plan',
      '7. The roadmap by term and layer',
      '8. The budget',
      '9. Monitoring',
      '10. Coverage of the needs',
      '11. Cluster management self-assessment',
      '12. Change in the cluster network',
      'Annex: the source of every item',
    ]);
    expect(tr.sections[5]?.title).toBe('6. Eylem planı');
    expect(tr.title).toBe('Küme Yol Haritası');
    expect(tr.subtitle).toBe('Vizyon, eylem planı, bütçe ve izleme, 2027–2031');
    expect(tr.meta).toEqual({
      project: 'İzmir Makine ve Döküm Kümesi',
      region: 'İzmir (TR31)',
      date: '2027-11-20',
      organisation: 'İzmir Kalkınma Ajansı',
    });
    expect(tr.logo?.mediaType).toBe('image/png');
    expect(reportDocumentProblems(tr)).toEqual([]);
    expect(reportDocumentProblems(en)).toEqual([]);
  });

  it("numbers a section's level-2 headings and leaves the actions' level-3 headings as they are", () => {
    const plan = section(roadmapSections(sampleRoadmapDocumentInput(), 'en'), '6.');
    const headings = plan.blocks.filter((b) => b.kind === 'heading');
    expect(headings.slice(0, 3)).toEqual([
      { kind: 'heading', text: '6.1 Overview' },
      { kind: 'heading', text: '6.2 The actions one by one' },
      { kind: 'heading', level: 3, text: 'A1. Ortak test ve belgelendirme laboratuvarı' },
    ]);
  });

  it('lists every action in the overview: number, title, layer, owner, term and months, budget in thousands, status', () => {
    const plan = section(roadmapSections(sampleRoadmapDocumentInput(), 'tr'), '6.');
    const [overview] = tables(plan);
    expect(overview?.columns).toEqual([
      'No',
      'Eylem',
      'Katman',
      'Sorumlu',
      'Dönem, başlangıç – bitiş',
      'Bütçe (bin TL)',
      'Durum',
    ]);
    expect(overview?.rows).toHaveLength(10);
    expect(overview?.rows[0]).toEqual([
      'E1',
      'Ortak test ve belgelendirme laboratuvarı',
      'Kaynaklar',
      'Ege Bölgesi Sanayi Odası (EBSO)',
      'Uzun\n03.2027 – 06.2030',
      18_500,
      'Sürüyor',
    ]);
    // Not costed and without an owner: the missing mark, not 0.
    expect(overview?.rows[6]?.[3]).toBe('–');
    expect(overview?.rows[6]?.[5]).toBe('–');
  });

  it("details each action with what it addresses by item title and its indicators' latest value", () => {
    const plan = section(roadmapSections(sampleRoadmapDocumentInput(), 'en'), '6.');
    const fiche = plan.blocks.find(
      (b): b is Extract<ReportBlock, { kind: 'keyValues' }> => b.kind === 'keyValues',
    );
    expect(fiche?.items.find((i) => i.key === 'Addresses')?.value).toBe(
      'Success factor: Ortak test altyapısı\nInvestment need: Missing stage: Testing and certification\nSkills gap: Metalurjik test ve analiz',
    );
    expect(fiche?.items.find((i) => i.key === 'Budget')?.value).toBe('TRY 18,500,000');
    const indicators = tables(plan)[1];
    expect(indicators?.columns).toEqual([
      'Indicator',
      'Unit',
      'Baseline',
      'Target',
      'Due',
      'Latest',
      'Measured on',
    ]);
    expect(indicators?.rows[0]).toEqual([
      'Laboratuvarı kullanan firma sayısı',
      'firma',
      0,
      40,
      '30 Jun 2030',
      7,
      '10 Nov 2027',
    ]);
    expect(indicators?.rows[1]?.slice(5)).toEqual(['–', '–']);
  });

  it('sums the budget by term without the cancelled action and gives each term its share', () => {
    const budget = section(roadmapSections(sampleRoadmapDocumentInput(), 'en'), '8.');
    const [byTerm, byLayer, byFunding] = tables(budget);
    // Short term: 1,250,000 + 450,000; the cancelled 300,000 is left out.
    expect(byTerm?.rows).toEqual([
      ['Short term', 2, 1_700_000, 2.9],
      ['Medium term', 4, 11_500_000, 19.3],
      ['Long term', 3, 46_400_000, 77.9],
      ['Total', 9, 59_600_000, 100],
    ]);
    expect(byLayer?.rows.at(-1)).toEqual(['Total', 9, 59_600_000, 100]);
    // The largest source first; the uncosted action's source is unstated, last, without a total.
    expect(byFunding?.rows[0]?.[0]).toBe('Yatırım kredisi ve AB hibeleri');
    expect(byFunding?.rows.at(-2)).toEqual(['Not stated', 1, '–', '–']);
    const charts = budget.blocks.filter((b) => b.kind === 'chart');
    expect(charts).toHaveLength(3);
    expect(charts[0]).toMatchObject({
      categories: ['Short term', 'Medium term', 'Long term'],
      series: [{ values: [1.7, 11.5, 46.4] }],
      caption: 'Budget by term (million TRY)',
    });
  });

  it('charts at most eight indicators measured twice, each value beside where the line expected it', () => {
    const monitoring = section(roadmapSections(sampleRoadmapDocumentInput(), 'en'), '9.');
    const charts = monitoring.blocks.filter(
      (b): b is Extract<ReportBlock, { kind: 'chart' }> => b.kind === 'chart',
    );
    expect(charts).toHaveLength(8);
    expect(texts(monitoring)).toContain(
      'The first 8 of the 9 indicators measured at least twice: each measurement beside the value the straight line from baseline to target expected on that day. The days of measurement are evenly spaced, not to scale.',
    );
    // The training programme: 0 on 1 Feb 2027, 120 by 31 Dec 2027 (333 days); on 30 June, 149
    // days in, the line expects 120 x 149 / 333 = 53.69.
    const training = charts[1];
    expect(training?.categories).toEqual([
      '1 Feb 2027',
      '30 Apr 2027',
      '30 Jun 2027',
      '30 Sept 2027',
      '15 Nov 2027',
    ]);
    expect(training?.series[0]?.values).toEqual([0, 18, 46, 71, 88]);
    expect(training?.series[1]?.values[2]).toBe(53.69);
    expect(training?.caption).toBe('Eğitimi tamamlayan çalışan (kişi); target 120 by 31 Dec 2027');
    expect(charts.find((c) => c.caption.startsWith('Dijital'))?.valueFormat).toBe('percent');
  });

  it("names the programme indicators from their preset in the document's language, with their health", () => {
    const monitoring = section(roadmapSections(sampleRoadmapDocumentInput(), 'en'), '9.');
    const programme = tables(monitoring).at(-1);
    expect(programme?.rows[2]).toEqual([
      'Active firms in the cluster',
      'number',
      24,
      60,
      '31 Dec 2030',
      41,
      'On track',
    ]);
    expect(programme?.rows[4]?.at(-1)).toBe('No data');
  });

  it('lists the needs no action addresses, and counts only the actions not cancelled', () => {
    const input = sampleRoadmapDocumentInput();
    const coverage = section(roadmapSections(input, 'en'), '10.');
    const [uncovered, all] = tables(coverage);
    expect(uncovered?.rows).toEqual([
      ['Lojistik', 'Success factor', 'weight 10.0%', 'Kilit başarı faktörleri çalıştayı'],
    ]);
    expect(all?.rows.find((row) => row[0] === 'Nitelikli işgücü')?.[3]).toBe('A2, A5, A8');
    // Cancel the only action on the skilled labour factor's sibling: the coverage shows no action.
    const cancelled: RoadmapDocumentInput = {
      ...input,
      actions: input.actions.map((a) =>
        a.title.startsWith('Küme markası') ? { ...a, status: 'cancelled' } : a,
      ),
    };
    const again = tables(section(roadmapSections(cancelled, 'en'), '10.'))[1];
    expect(again?.rows.find((row) => row[0] === 'İhracat pazarlarına erişim')?.[3]).toBe('A3');
    expect(texts(coverage)).toContain(
      '1 item was set aside on the Roadmap page and is not asked for.',
    );
  });

  it('traces every item not set aside to its source, date and actions in the annex', () => {
    const annex = section(roadmapSections(sampleRoadmapDocumentInput(), 'tr'), 'Ek');
    const [table] = tables(annex);
    expect(table?.columns).toEqual(['No', 'Madde', 'Tür', 'Kaynak', 'Tarih', 'Eylemler']);
    expect(table?.rows).toHaveLength(19);
    expect(table?.rows.find((row) => row[1] === 'Ortak test altyapısı')).toEqual([
      '4',
      'Ortak test altyapısı',
      'Başarı faktörü',
      'Kilit başarı faktörleri çalıştayı',
      '04.11.2026',
      'E1',
    ]);
    expect(table?.rows.find((row) => row[1] === 'Plastik')?.slice(3)).toEqual([
      'SGK il-sektör istihdamı, İzmir, 2023',
      '–',
      '–',
    ]);
    expect(table?.rows.some((row) => String(row[1]).includes('Makine montajı'))).toBe(false);
  });

  it('writes numbers in running text in the language: %31 in Turkish, 31% in English', () => {
    const vision = (language: 'tr' | 'en') =>
      texts(section(roadmapSections(sampleRoadmapDocumentInput(), language), '3.'));
    expect(vision('tr')).toContain(
      'Bu vizyona ulaşmak için çalışma grubunun en çok ağırlık verdiği başarı faktörleri: Nitelikli işgücü (%31); İhracat pazarlarına erişim (%24); Ortak test altyapısı (%20).',
    );
    expect(vision('en')).toContain(
      'To reach it, the working group gave the most weight to: Nitelikli işgücü (31%); İhracat pazarlarına erişim (24%); Ortak test altyapısı (20%).',
    );
    expect(vision('en')).toContain(
      'The action plan answers with 9 actions: 3 in market, 1 in products and services, 2 in capabilities, 3 in resources.',
    );
  });

  it('compares the last two self-assessments by area and says which improved', () => {
    const assessment = section(roadmapSections(sampleRoadmapDocumentInput(), 'en'), '11.');
    const [areas] = tables(assessment);
    expect(areas?.columns).toEqual(['Area', 'Answered', 'Before (10 Nov 2026)', 'Now', 'Change']);
    expect(areas?.rows[0]).toEqual(['Structure of the cluster', '4 / 4', 1, 1.5, 'Improved']);
    expect(assessment.blocks.some((b) => b.kind === 'chart')).toBe(true);
  });

  it('reports the network change with the organisations that gained ties by name', () => {
    const network = section(roadmapSections(sampleRoadmapDocumentInput(), 'en'), '12.');
    const facts = network.blocks.find(
      (b): b is Extract<ReportBlock, { kind: 'keyValues' }> => b.kind === 'keyValues',
    );
    expect(facts?.items.find((i) => i.key === 'Ties')?.value).toBe('6 → 13');
    expect(facts?.items.find((i) => i.key === 'New ties')?.value).toBe('7');
    expect(tables(network)[0]?.rows[0]).toEqual(['Atlas CNC', 2, 5, 3]);
  });

  it('says on the first page that a sample project is sample data', () => {
    const summary = (isSample: boolean) =>
      roadmapSections(sampleRoadmapDocumentInput({ isSample }), 'tr')[0]!.blocks[0];
    expect(summary(true)).toMatchObject({ kind: 'note', title: 'Örnek veri' });
    expect(summary(false)).toMatchObject({ kind: 'paragraph' });
  });

  it('writes budgets with their currency when the actions use several, and totals each apart', () => {
    const input = sampleRoadmapDocumentInput();
    const mixed: RoadmapDocumentInput = {
      ...input,
      actions: input.actions.map((a, i) =>
        i === 1 ? { ...a, currency: 'EUR', budget: 40_000 } : a,
      ),
    };
    const sections = roadmapSections(mixed, 'en');
    expect(tables(section(sections, '6.'))[0]?.rows[1]?.[5]).toBe('EUR 40,000');
    const byTerm = tables(section(sections, '8.'))[0];
    expect(byTerm?.columns).toEqual(['Term', 'Actions', 'Budget (TRY)', 'Budget (EUR)']);
    expect(byTerm?.rows[0]).toEqual(['Short term', 2, 450_000, 40_000]);
  });

  it('says in every section what is not available yet, and where in Kume to do it', () => {
    const sections = roadmapSections(emptyRoadmapDocumentInput(), 'en');
    expect(reportDocumentProblems(roadmapDocument(emptyRoadmapDocumentInput(), 'en'))).toEqual([]);
    for (const s of sections.slice(1)) {
      const notes = s.blocks.filter((b) => b.kind === 'note');
      expect(notes.length, s.title).toBeGreaterThan(0);
      expect(
        notes.every((b) => b.kind === 'note' && / page| › | under /.test(b.text)),
        s.title,
      ).toBe(true);
    }
    expect(texts(section(sections, '4.'))).toEqual([
      'The key success factors workshop has not been held and closed yet. Run it on the Workshops page, then assemble the roadmap again on the Roadmap page.',
    ]);
    expect(texts(section(sections, '2.'))).toContain(
      'The secondary research has no dataset, focus region and focus clusters chosen yet. Choose them under Secondary research, then assemble the roadmap again.',
    );
    expect(texts(section(sections, '9.'))[0]).toMatch(/^No indicator has been set yet\./);
  });

  it('keeps hostile text as given: the writer, not the builder, makes it safe', () => {
    const input = sampleRoadmapDocumentInput();
    const hostile = '<script>alert(1)</script> & =1+1\u0007';
    const sections = roadmapSections(
      { ...input, actions: input.actions.map((a, i) => (i === 0 ? { ...a, title: hostile } : a)) },
      'en',
    );
    expect(tables(section(sections, '6.'))[0]?.rows[0]?.[1]).toBe(hostile);
  });
});
