// A small questionnaire of every analysed question type, stored straight in the test database,
// and submitted responses written beside it: what the quota, analysis and export tests work on.

import { questionnaireSchema, type Answers, type Questionnaire } from '@kume/core';
import { findProjectBySlug, insertImportedResponses, insertQuestionnaire } from '@kume/db';
import type { TestApp } from './testApp';

const text = (en: string, tr = en) => ({ tr, en });
const choice = (value: string, en: string, tr = en) => ({ value, text: text(en, tr) });

/** Stage (segment), employees (size segment), a Likert scale, multiple choice with other, a matrix, a text, a relation. */
export const ANALYSIS_QUESTIONNAIRE: Questionnaire = questionnaireSchema.parse({
  title: text('Firm survey', 'Firma anketi'),
  kind: 'custom',
  pages: [
    {
      questions: [
        {
          id: 'stage',
          type: 'single',
          title: text('Value-chain stage', 'Değer zinciri aşaması'),
          segment: 'value_chain_stage',
          choices: [
            choice('casting', 'Casting', 'Döküm'),
            choice('machining', 'Machining', 'Talaşlı imalat'),
            choice('assembly', 'Assembly', 'Montaj'),
          ],
        },
        {
          id: 'employees',
          type: 'number',
          title: text('Employees', 'Çalışan sayısı'),
          segment: 'size',
          number: { min: 0, max: 100000 },
        },
        {
          id: 'satisfaction',
          type: 'likert',
          title: text('Satisfaction with the region', 'Bölgeden memnuniyet'),
          likert: { points: 5, minLabel: text('Low', 'Düşük'), maxLabel: text('High', 'Yüksek') },
        },
        {
          id: 'needs',
          type: 'multiple',
          title: text('Needs', 'İhtiyaçlar'),
          allowOther: true,
          choices: [
            choice('training', 'Training', 'Eğitim'),
            choice('export', 'Export', 'İhracat'),
          ],
        },
        {
          id: 'rating',
          type: 'matrix',
          title: text('Rate the region', 'Bölgeyi değerlendirin'),
          matrix: {
            rows: [choice('quality', 'Quality', 'Kalite'), choice('price', 'Price', 'Fiyat')],
            columns: [choice('low', 'Low', 'Düşük'), choice('high', 'High', 'Yüksek')],
          },
        },
        { id: 'comment', type: 'longText', title: text('Comments', 'Yorumlar') },
        {
          id: 'suppliers',
          type: 'relation',
          title: text('Main suppliers', 'Başlıca tedarikçiler'),
          relation: { relationType: 'supplier', maxItems: 5 },
        },
      ],
    },
  ],
});

export async function projectIdOf(t: TestApp, slug: string): Promise<string> {
  const project = await findProjectBySlug(t.database.db, slug);
  if (!project) throw new Error(`no project ${slug}`);
  return project.id;
}

/** Stores the questionnaire (status draft) in the project and answers its id. */
export async function storeQuestionnaire(
  t: TestApp,
  slug: string,
  definition: Questionnaire = ANALYSIS_QUESTIONNAIRE,
): Promise<string> {
  const row = await insertQuestionnaire(
    t.database.db,
    await projectIdOf(t, slug),
    definition,
    null,
  );
  return row.id;
}

/** Writes submitted responses (as an import would), optionally of organisations. */
export async function storeResponses(
  t: TestApp,
  slug: string,
  questionnaireId: string,
  responses: { answers: Answers; organisationId?: string | null; respondentName?: string }[],
): Promise<string[]> {
  return insertImportedResponses(
    t.database.db,
    await projectIdOf(t, slug),
    questionnaireId,
    responses.map((r) => ({
      answers: r.answers,
      organisationId: r.organisationId ?? null,
      respondentName: r.respondentName ?? '',
    })),
    new Date('2026-11-20T10:00:00Z'),
  );
}
