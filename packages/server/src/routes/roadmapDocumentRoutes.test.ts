// The roadmap document and the project report through the API, on the sample project with an
// action added (hostile text, an indicator, a recorded value): DOCX read back in both languages,
// PDF (or 503 without LibreOffice), bad queries, and who may download. Runs on PGlite and PostgreSQL.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isoDateOf, roadmapDocument, SAMPLE_SLUG, type ReportDocument } from '@kume/core';
import { findProjectBySlug, setMemberRole, type ProjectRow } from '@kume/db';
import { findSoffice, readDocx } from '@kume/io';
import { expectStatus } from '../../test/projectFixtures';
import { createTestApp, type Agent, type TestApp } from '../../test/testApp';
import { roadmapDocumentInput } from '../roadmap/roadmapDocumentInput';
import { loadRoadmapView } from '../roadmap/roadmapView';
import { createSampleProject } from '../sampleProject';

const now = new Date('2026-11-26T10:00:00Z');
const today = isoDateOf(now);
const soffice = await findSoffice();
const HOSTILE = '<script>alert(1)</script> &\u0007 =1+1';
const documentUrl = `/api/projects/${SAMPLE_SLUG}/roadmap/document`;
const reportUrl = `/api/projects/${SAMPLE_SLUG}/report`;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let t: TestApp;
let owner: Agent;
let viewer: Agent;
let stranger: Agent;
let sample: ProjectRow;

/** Text as the DOCX holds it: the control characters XML cannot carry left out. */
// eslint-disable-next-line no-control-regex
const xmlText = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** The headings the document asks for, levels included, in order. */
const headingsOf = (document: ReportDocument) =>
  document.sections.flatMap((section) => [
    { level: 1, text: xmlText(section.title) },
    ...section.blocks.flatMap((block) =>
      block.kind === 'heading' ? [{ level: block.level ?? 2, text: xmlText(block.text) }] : [],
    ),
  ]);

/** Pages of a PDF: its /Type /Page objects (not the /Pages tree nodes). */
const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

beforeAll(async () => {
  t = await createTestApp({ now });
  owner = await t.signUp('roadmap-document@example.com');
  viewer = await t.signUp('roadmap-document-viewer@example.com');
  stranger = await t.signUp('roadmap-document-stranger@example.com');
  await createSampleProject(t.database.db, now, {
    owner: { id: owner.userId!, email: 'roadmap-document@example.com' },
  });
  sample = (await findProjectBySlug(t.database.db, SAMPLE_SLUG))!;
  await setMemberRole(t.database.db, sample.id, viewer.userId!, 'viewer');
  const action = expectStatus(
    await owner.post(`/api/projects/${SAMPLE_SLUG}/roadmap/actions`, {
      title: HOSTILE,
      objective: HOSTILE,
      layer: 'market',
      startOn: '2026-12-01',
      endOn: '2027-06-30',
      budget: 120_000,
      fundingSource: HOSTILE,
      indicators: [
        {
          name: 'Eşleşen firma',
          unit: 'firma',
          baseline: 0,
          baselineOn: '2026-11-01',
          target: 25,
          dueOn: '2027-06-30',
        },
      ],
    }),
    201,
  ).json() as { indicators: { id: string }[] };
  expectStatus(
    await owner.post(
      `/api/projects/${SAMPLE_SLUG}/roadmap/indicators/${action.indicators[0]?.id}/values`,
      { on: '2026-11-20', value: 7, unit: 'firma' },
    ),
    201,
  );
});
afterAll(() => t.close());

describe('GET /roadmap/document', () => {
  const cases = [
    ['tr', 'Eylem', ['Eşleşen firma', 'firma', '0', '25', '30.06.2027', '7', '20.11.2026']],
    ['en', 'Action', ['Eşleşen firma', 'firma', '0', '25', '30 Jun 2027', '7', '20 Nov 2026']],
  ] as const;
  it.each(cases)(
    'is a DOCX in %s whose headings, action plan and indicator value are the roadmap’s',
    async (language, actionColumn, indicatorRow) => {
      const response = expectStatus(await owner.get(`${documentUrl}?lang=${language}`), 200);
      expect(response.headers['content-type']).toBe(DOCX);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="sample-roadmap-${language}.docx"`,
      );
      const read = await readDocx(response.rawPayload);
      expect(read.invalidXml).toEqual([]);
      const expected = roadmapDocument(
        await roadmapDocumentInput(t.database.db, sample, today),
        language,
      );
      expect(read.headings).toEqual(headingsOf(expected));
      const view = await loadRoadmapView(t.database.db, sample, today);
      expect(view.actions.length).toBeGreaterThan(1);
      const overview = read.tables.find((table) => table[0]?.[1] === actionColumn);
      expect(overview?.slice(1).map((row) => row[1])).toEqual(
        view.actions.map((a) => xmlText(a.title)),
      );
      // The hostile title is written as text, control character left out.
      expect(overview?.at(-1)?.[1]).toBe('<script>alert(1)</script> & =1+1');
      expect(read.tables.flat()).toContainEqual([...indicatorRow]);
    },
    60_000,
  );

  it("defaults to the user's language (Turkish here) and to DOCX", async () => {
    const response = expectStatus(await owner.get(documentUrl), 200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="sample-roadmap-tr.docx"',
    );
  }, 60_000);

  it('answers 503 pdf_unavailable for a PDF when LibreOffice is not installed', async () => {
    vi.stubEnv('PATH', '/nowhere');
    try {
      const response = await owner.get(`${documentUrl}?format=pdf`);
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        error: { code: 'pdf_unavailable', message: expect.stringContaining('LibreOffice') },
      });
    } finally {
      vi.unstubAllEnvs();
    }
  }, 60_000);

  it.runIf(soffice)(
    'is a PDF attachment of more than three pages with format=pdf (needs LibreOffice)',
    async () => {
      const response = expectStatus(await owner.get(`${documentUrl}?lang=en&format=pdf`), 200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="sample-roadmap-en.pdf"',
      );
      expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(response.rawPayload)).toBeGreaterThan(3);
    },
    180_000,
  );

  it('refuses an unknown format or language (400)', async () => {
    expect((await owner.get(`${documentUrl}?format=pptx`)).statusCode).toBe(400);
    expect((await owner.get(`${documentUrl}?lang=de`)).statusCode).toBe(400);
    expect((await owner.get(`${reportUrl}?format=odt`)).statusCode).toBe(400);
  });
});

describe('GET /report', () => {
  it('is the whole project report as a DOCX attachment in the language asked for', async () => {
    const response = expectStatus(await owner.get(`${reportUrl}?lang=en`), 200);
    expect(response.headers['content-type']).toBe(DOCX);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="sample-report-en.docx"',
    );
    const read = await readDocx(response.rawPayload);
    expect(read.invalidXml).toEqual([]);
    expect(read.headings.filter((h) => h.level === 1).length).toBeGreaterThan(3);
  }, 120_000);
});

describe('document access', () => {
  it('a viewer downloads both documents', async () => {
    expect((await viewer.get(documentUrl)).statusCode).toBe(200);
    expect((await viewer.get(reportUrl)).statusCode).toBe(200);
  }, 120_000);

  it('a user who is not a member gets 404, an anonymous visitor 401', async () => {
    expect((await stranger.get(documentUrl)).statusCode).toBe(404);
    expect((await stranger.get(reportUrl)).statusCode).toBe(404);
    expect((await t.anonymous().get(documentUrl)).statusCode).toBe(401);
  });
});
