// The deck of an event through the API, on the sample project: settings (defaults, round trip, bad
// input), the download (a PPTX whose slides and attendance match the project), and who may do
// what. Runs on PGlite and PostgreSQL.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDeck, DECK_SECTIONS, isoDateOf, SAMPLE_SLUG } from '@kume/core';
import { findSoffice, readPptx } from '@kume/io';
import {
  findDeckEvent,
  findProjectBySlug,
  listOrganisations,
  setMemberRole,
  type ProjectRow,
} from '@kume/db';
import { addEvent, addGuests } from '../../test/deckFixtures';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { createTestApp, type Agent, type TestApp } from '../../test/testApp';
import { gatherDeckInput } from '../deck/gatherDeckInput';
import type { DeckSettingsAnswer } from '../deck/deckSettingsAnswer';
import { createSampleProject } from '../sampleProject';
import { createStatisticsCaches } from '../statistics/clusterAnalysis';

const now = new Date('2026-11-26T10:00:00Z');
const soffice = await findSoffice();
let t: TestApp;
let owner: Agent;
let viewer: Agent;
let stranger: Agent;
let sample: ProjectRow;
let eventId: string;
let settingsUrl: string;
let deckUrl: string;

beforeAll(async () => {
  t = await createTestApp({ now });
  owner = await t.signUp('deck-routes@example.com');
  viewer = await t.signUp('deck-viewer@example.com');
  stranger = await t.signUp('deck-stranger@example.com');
  await createSampleProject(t.database.db, now, {
    owner: { id: owner.userId!, email: 'deck-routes@example.com' },
  });
  sample = (await findProjectBySlug(t.database.db, SAMPLE_SLUG))!;
  await setMemberRole(t.database.db, sample.id, viewer.userId!, 'viewer');
  const organisations = await listOrganisations(t.database.db, sample.id);
  eventId = await addEvent(t.database.db, sample.id, { capacity: 50 });
  await addGuests(
    t.database.db,
    eventId,
    organisations.slice(0, 17).map((o, i) => ({
      name: `Misafir ${i + 1}`,
      organisationId: o.id,
      checkedIn: i < 11,
    })),
  );
  settingsUrl = `/api/projects/${SAMPLE_SLUG}/events/${eventId}/deck-settings`;
  deckUrl = `/api/projects/${SAMPLE_SLUG}/events/${eventId}/deck`;
});
afterAll(() => t.close());

const answerOf = (response: { json(): unknown }) => response.json() as DeckSettingsAnswer;
const issuePaths = (response: { json(): unknown }) =>
  (response.json() as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path);

describe('deck settings', () => {
  it('are the defaults until saved: every section, the first case, the three workshops, no next steps', async () => {
    const answer = answerOf(expectStatus(await owner.get(`${settingsUrl}?lang=en`), 200));
    expect(answer.settings).toEqual({
      sections: [...DECK_SECTIONS],
      benchmarkCaseId: answer.cases[0]?.id ?? null,
      workshopCalendar: [
        { title: 'Vision workshop', date: null, venue: '' },
        { title: 'Key success factors workshop', date: null, venue: '' },
        { title: 'Skills needs workshop', date: null, venue: '' },
      ],
      nextSteps: [],
    });
    expect(answer.logo).toBeNull();
    // The sample comes with its generated statistics chosen.
    expect(answer.availability).toEqual({
      statistics: true,
      fieldStudy: true,
      clusterMap: true,
      workingGroup: true,
      attendance: true,
    });
  });

  it('say attendance has no data for an event nobody has registered for yet', async () => {
    const empty = await addEvent(t.database.db, sample.id, { eventDate: '2027-06-01' });
    const answer = answerOf(
      expectStatus(
        await owner.get(`/api/projects/${SAMPLE_SLUG}/events/${empty}/deck-settings`),
        200,
      ),
    );
    expect(answer.availability.attendance).toBe(false);
  });

  it('are saved and read back as sent', async () => {
    const cases = answerOf(await owner.get(settingsUrl)).cases;
    const settings = {
      sections: ['title', 'attendance', 'field_study', 'next_steps'],
      benchmarkCaseId: cases.at(-1)?.id ?? null,
      workshopCalendar: [{ title: 'Vizyon çalıştayı', date: '2027-02-10', venue: 'İZKA' }],
      nextSteps: ['Çalışma grubunu toplayın', 'Anketi tamamlayın'],
    };
    const saved = answerOf(expectStatus(await owner.put(settingsUrl, settings), 200));
    expect(saved.settings).toEqual(settings);
    expect(answerOf(await viewer.get(settingsUrl)).settings).toEqual(settings);
  });

  it('refuses an unknown section and a section listed twice, naming body.sections (400)', async () => {
    const before = answerOf(await owner.get(settingsUrl)).settings;
    const unknown = await owner.put(settingsUrl, { sections: ['title', 'weather'] });
    expect(unknown.statusCode).toBe(400);
    expect(issuePaths(unknown)).toEqual(['body.sections.1']);
    const twice = await owner.put(settingsUrl, { sections: ['title', 'agenda', 'title'] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json()).toMatchObject({
      error: { code: 'validation', message: expect.stringContaining('a section is listed twice') },
    });
    expect(answerOf(await owner.get(settingsUrl)).settings).toEqual(before);
  });

  it("refuses a case of another project's library, naming benchmarkCaseId (400)", async () => {
    const otherSlug = await createProject(owner, 'Başka küme');
    const theirs = expectStatus(
      await owner.post(`/api/projects/${otherSlug}/benchmark-cases`, {
        name: 'Theirs',
        country: { tr: 'Fransa', en: 'France' },
        sector: { tr: 'Havacılık', en: 'Aerospace' },
        summary: { tr: 'Özet', en: 'Summary' },
        scale: { tr: '', en: '' },
      }),
      201,
    ).json() as { id: string };
    const response = await owner.put(settingsUrl, {
      sections: ['title'],
      benchmarkCaseId: theirs.id,
    });
    expect(response.statusCode).toBe(400);
    expect(issuePaths(response)).toEqual(['body.benchmarkCaseId']);
  });

  it('fall back to no case when the chosen case is deleted', async () => {
    const created = expectStatus(
      await owner.post(`/api/projects/${SAMPLE_SLUG}/benchmark-cases`, {
        name: 'Short-lived',
        country: { tr: 'Türkiye', en: 'Türkiye' },
        sector: { tr: 'Makine', en: 'Machinery' },
        summary: { tr: 'Özet', en: 'Summary' },
        scale: { tr: '', en: '' },
      }),
      201,
    ).json() as { id: string };
    expectStatus(
      await owner.put(settingsUrl, { sections: ['benchmark_case'], benchmarkCaseId: created.id }),
      200,
    );
    expectStatus(
      await owner.delete(`/api/projects/${SAMPLE_SLUG}/benchmark-cases/${created.id}`),
      204,
    );
    expect(answerOf(await owner.get(settingsUrl)).settings.benchmarkCaseId).toBeNull();
  });

  it("answers 404 for an unknown event and for another project's event", async () => {
    const otherSlug = await createProject(owner, 'Üçüncü küme');
    const other = await findProjectBySlug(t.database.db, otherSlug);
    const theirEvent = await addEvent(t.database.db, other!.id);
    const base = `/api/projects/${SAMPLE_SLUG}/events`;
    for (const id of ['00000000-0000-4000-8000-000000000000', theirEvent]) {
      expect((await owner.get(`${base}/${id}/deck-settings`)).statusCode).toBe(404);
      expect(
        (await owner.put(`${base}/${id}/deck-settings`, { sections: ['title'] })).statusCode,
      ).toBe(404);
      expect((await owner.get(`${base}/${id}/deck`)).statusCode).toBe(404);
    }
  });
});

describe('deck download', () => {
  it('is a PPTX attachment whose slides are the deck of the project, with its attendance', async () => {
    expectStatus(await owner.put(settingsUrl, { sections: [...DECK_SECTIONS] }), 200);
    const response = expectStatus(await owner.get(`${deckUrl}?lang=en&format=pptx`), 200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="sample-information-day-en.pptx"',
    );
    const { slides, invalidXml } = await readPptx(response.rawPayload);
    expect(invalidXml).toEqual([]);
    const event = await findDeckEvent(t.database.db, sample.id, eventId);
    const input = await gatherDeckInput(t.database.db, createStatisticsCaches(), {
      project: sample,
      event: event!,
      language: 'en',
      today: isoDateOf(now),
    });
    expect(input.attendance).toMatchObject({ registered: 17, checkedIn: 11 });
    expect(slides).toHaveLength(buildDeck(input, 'en').slides.length);
    const attendance = slides.find((slide) => slide.texts.includes('Who is here today'));
    expect(attendance?.texts).toEqual(expect.arrayContaining(['50', '17', '11']));
    expect(attendance?.notes).toContain(
      '17 people registered for 50 seats and 11 have checked in; 0 are on the waiting list.',
    );
  });

  it('names the file in the language asked for, defaulting to the pptx format', async () => {
    const response = expectStatus(await owner.get(`${deckUrl}?lang=tr`), 200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="sample-information-day-tr.pptx"',
    );
  });

  it('answers 503 pdf_unavailable for a PDF when LibreOffice is not installed', async () => {
    vi.stubEnv('PATH', '/nowhere');
    try {
      const response = await owner.get(`${deckUrl}?format=pdf`);
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        error: { code: 'pdf_unavailable', message: expect.stringContaining('LibreOffice') },
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.skipIf(!soffice)(
    'is a PDF attachment with format=pdf (needs LibreOffice: skipped without soffice)',
    async () => {
      const response = expectStatus(await owner.get(`${deckUrl}?lang=tr&format=pdf`), 200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="sample-information-day-tr.pdf"',
      );
      expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    120_000,
  );

  it('refuses an unknown format or language (400)', async () => {
    expect((await owner.get(`${deckUrl}?format=docx`)).statusCode).toBe(400);
    expect((await owner.get(`${deckUrl}?lang=de`)).statusCode).toBe(400);
  });
});

describe('deck access', () => {
  it('a viewer reads the settings and downloads the deck, but cannot save settings (403)', async () => {
    expect((await viewer.get(settingsUrl)).statusCode).toBe(200);
    expect((await viewer.get(deckUrl)).statusCode).toBe(200);
    const refused = await viewer.put(settingsUrl, { sections: ['title'] });
    expect(refused.statusCode).toBe(403);
  });

  it('a signed-in user who is not a member gets 404 for all of it', async () => {
    const answers = [
      await stranger.get(settingsUrl),
      await stranger.put(settingsUrl, { sections: ['title'] }),
      await stranger.get(deckUrl),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([404, 404, 404]);
  });
});
