// Repository contract for project bundles: export and import round trip, and an import that
// fails part-way writing nothing; runs on PGlite and PostgreSQL.

import {
  assessReadiness,
  copyValueChainTemplate,
  generateSampleProject,
  mulberry32,
  projectBundleSchema,
  questionnaireTemplate,
  replayCommands,
  workshopTemplate,
  type IsoDate,
  type ProjectBundle,
} from '@kume/core';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { organisations, projects, workshopParticipants, workshops } from '../schema/index';
import { exportBundle, importBundle } from './bundles';
import { readinessInput } from './commitments';
import { listOrganisations } from './organisations';
import { findProjectBySlug, roleInProject, updateProject } from './projects';
import { createUser, type UserRow } from './users';

let database: Database;
let db: Db;
let owner: UserRow;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  owner = await createUser(db, { email: 'owner@ajans.example', name: 'Owner', passwordHash: 'x' });
});
afterAll(() => database.close());

const now = new Date('2026-03-01T10:00:00Z');
const sample = () =>
  generateSampleProject({ today: '2026-03-01' as IsoDate, rng: mulberry32(20_261_126) });
const gateOf = async (projectId: string) => {
  const { checks, counts, criteriaOutcome, outcome } = assessReadiness(
    await readinessInput(db, projectId),
  );
  return { checks, counts, criteriaOutcome, outcome };
};
const projectCount = async () => (await db.select({ n: count() }).from(projects))[0]?.n;
const countsOf = (bundle: ProjectBundle) => ({
  organisations: bundle.organisations.length,
  contacts: bundle.organisations.reduce((n, o) => n + o.contacts.length, 0),
  visits: bundle.visits.length,
  followUps: bundle.visits.reduce((n, v) => n + v.followUps.length, 0),
  commitments: bundle.commitments.length,
  decisions: bundle.decisions.length,
  questionnaires: bundle.questionnaires.length,
  responses: bundle.responses.length,
  interviews: bundle.interviews.length,
  relations: bundle.relations.length,
  ioTables: bundle.ioTables.length,
  workshops: bundle.workshops.length,
  events: bundle.events.length,
  registrations: bundle.events.reduce((n, e) => n + e.registrations.length, 0),
  benchmarkCases: bundle.benchmarkCases.length,
  roadmapItems: bundle.roadmap.items.length,
  actions: bundle.roadmap.actions.length,
  indicators:
    bundle.roadmap.indicators.length +
    bundle.roadmap.actions.reduce((n, a) => n + a.indicators.length, 0),
  indicatorValues: [
    ...bundle.roadmap.indicators,
    ...bundle.roadmap.actions.flatMap((a) => a.indicators),
  ].reduce((n, i) => n + i.values.length, 0),
  selfAssessments: bundle.roadmap.selfAssessments.length,
});
/** JSON with the keys of every object sorted, so that equal content gives equal text. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

/**
 * A bundle's content with keys replaced by names and records in a canonical order, to compare two
 * bundles (records written in one transaction share their creation time, so their order is free).
 */
function content(bundle: ProjectBundle) {
  const nameOf = new Map(bundle.organisations.map((o) => [o.key, o.name]));
  const contactNameOf = new Map(
    bundle.organisations.flatMap((o) => o.contacts.map((c) => [c.key, c.name])),
  );
  const canonical = <T>(items: T[]) => items.map(sortedJson).sort();
  return {
    organisations: canonical(
      bundle.organisations.map(({ key: _key, contacts, ...o }) => ({
        ...o,
        contacts: canonical(contacts.map(({ key: _k, ...c }) => c)),
      })),
    ),
    visits: canonical(
      bundle.visits.map(({ key: _key, organisationKeys, contactKeys, ...v }) => ({
        ...v,
        organisations: organisationKeys.map((k) => nameOf.get(k)).sort(),
        contacts: contactKeys.map((k) => contactNameOf.get(k)).sort(),
      })),
    ),
    commitments: canonical(
      bundle.commitments.map(({ organisationKey, recordedAt: _r, ...c }) => ({
        ...c,
        // Left out and null both mean no amount.
        pledgedAmount: c.pledgedAmount ?? null,
        organisation: nameOf.get(organisationKey),
      })),
    ),
    decisions: canonical(bundle.decisions.map(({ recordedAt: _r, ...d }) => d)),
    ...fieldStudyContent(bundle, nameOf, contactNameOf),
  };
}

/**
 * The field study with keys replaced by names (responses by their organisation, questionnaire and
 * time; contacts by their name).
 */
function fieldStudyContent(
  bundle: ProjectBundle,
  nameOf: Map<string, string>,
  contactNameOf: Map<string, string>,
) {
  const canonical = <T>(items: T[]) => items.map(sortedJson).sort();
  // The same instant may be written with another offset ("+03:00" in, "Z" out).
  const instant = (at: string | undefined) => (at ? new Date(at).toISOString() : '');
  const titleOf = new Map(bundle.questionnaires.map((q) => [q.key, q.definition.title.en]));
  const responseOf = new Map(
    bundle.responses.map((r) => [
      r.key,
      `${titleOf.get(r.questionnaireKey)}|${r.organisationKey ? nameOf.get(r.organisationKey) : ''}|${instant(r.submittedAt)}`,
    ]),
  );
  // Relation answers and participants name organisations and contacts by key: by name instead.
  const named = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(named)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value).map(([k, v]) =>
              k === 'organisationKey'
                ? ['organisation', nameOf.get(String(v))]
                : k === 'contactKey'
                  ? ['contact', contactNameOf.get(String(v))]
                  : [k, named(v)],
            ),
          )
        : value;
  return {
    questionnaires: canonical(bundle.questionnaires.map(({ key: _k, ...q }) => q)),
    responses: canonical(
      bundle.responses.map(({ key, questionnaireKey, organisationKey: _o, answers, ...r }) => ({
        ...r,
        submittedAt: instant(r.submittedAt),
        response: responseOf.get(key),
        questionnaire: titleOf.get(questionnaireKey),
        answers: named(answers),
      })),
    ),
    interviews: canonical(
      bundle.interviews.map(({ key: _k, responseKey, participants, quotes, ...i }) => ({
        ...i,
        response: responseKey ? responseOf.get(responseKey) : null,
        participants: canonical(participants.map(named)),
        quotes: canonical(quotes.map(named)),
      })),
    ),
    relations: canonical(
      bundle.relations.map(({ sourceKey, targetKey, responseKey, ...r }) => ({
        ...r,
        reportedAt: instant(r.reportedAt),
        source: nameOf.get(sourceKey),
        target: nameOf.get(targetKey),
        response: responseKey ? responseOf.get(responseKey) : null,
      })),
    ),
  };
}

describe('importBundle and exportBundle', () => {
  it('import the sample project with every record counted and the owner made owner', async () => {
    const bundle = sample();
    const result = await importBundle(db, bundle, { owner, slug: 'sample' });
    expect(result.project.slug).toBe('sample');
    expect(result.project.isSample).toBe(true);
    expect(result.counts).toEqual(countsOf(bundle));
    expect(result.warnings).toEqual([]);
    expect(await roleInProject(db, result.project.id, owner.id)).toBe('owner');
    const gate = await gateOf(result.project.id);
    expect(gate.checks.filter((c) => !c.met)).toMatchObject([
      { id: 'committed_firms', actual: 18 },
    ]);
  });

  it('round-trip: an exported project imports with equal counts, content and readiness', async () => {
    const first = await importBundle(db, sample(), { owner, slug: 'round-trip' });
    const exported = await exportBundle(db, first.project, now);
    expect(projectBundleSchema.safeParse(exported).error?.issues ?? []).toEqual([]);
    expect(exported.exportedAt).toBe(now.toISOString());
    expect(countsOf(exported)).toEqual(first.counts);
    expect(content(exported)).toEqual(content(sample()));
    // The sample's coded free texts travel with their responses.
    expect(
      exported.responses.filter((r) => Object.keys(r.answerTags).length > 0).length,
    ).toBeGreaterThan(5);

    const second = await importBundle(db, projectBundleSchema.parse(exported), { owner });
    expect(second.project.slug).toBe('round-trip-2');
    expect(second.counts).toEqual(first.counts);
    expect(await gateOf(second.project.id)).toEqual(await gateOf(first.project.id));
    const again = await exportBundle(db, second.project, now);
    expect(content(again)).toEqual(content(exported));
  });

  it('round-trip keeps decisions, team members and assignees of the importing owner', async () => {
    const bundle = projectBundleSchema.parse({
      format: 'kume-project-bundle',
      version: 1,
      project: { name: 'Karar Projesi', readinessThresholds: { minCommittedFirms: 1 } },
      organisations: [
        {
          key: 'o1',
          name: 'Ege Döküm',
          type: 'firm',
          contacts: [{ key: 'c1', name: 'Ayşe', consentToContact: true }],
        },
      ],
      visits: [
        {
          key: 'v1',
          visitedOn: '2026-02-01',
          level: 'regional',
          organisationKeys: ['o1'],
          contactKeys: ['c1'],
          team: ['OWNER@ajans.example'],
          followUps: [
            {
              description: 'Send minutes',
              dueOn: '2026-02-10',
              doneOn: '2026-02-08',
              assignee: 'owner@ajans.example',
            },
          ],
        },
      ],
      commitments: [
        {
          organisationKey: 'o1',
          willingness: 5,
          influence: 4,
          assessedOn: '2026-02-01',
          assessor: 'owner@ajans.example',
        },
      ],
      decisions: [
        {
          decision: 'go',
          decidedOn: '2026-02-15',
          note: 'Enough support',
          decidedBy: 'owner@ajans.example',
        },
      ],
    });
    const imported = await importBundle(db, bundle, { owner });
    expect(imported.warnings).toEqual([]);
    const exported = await exportBundle(db, imported.project, now);
    expect(exported.project.readinessThresholds.minCommittedFirms).toBe(1);
    expect(exported.visits[0]).toMatchObject({
      level: 'regional',
      team: ['owner@ajans.example'],
      followUps: [
        {
          description: 'Send minutes',
          dueOn: '2026-02-10',
          doneOn: '2026-02-08',
          assignee: 'owner@ajans.example',
        },
      ],
    });
    expect(exported.commitments[0]).toMatchObject({
      willingness: 5,
      assessor: 'owner@ajans.example',
    });
    expect(exported.decisions).toMatchObject([
      {
        decision: 'go',
        decidedOn: '2026-02-15',
        note: 'Enough support',
        decidedBy: 'owner@ajans.example',
      },
    ]);
    expect((await readinessInput(db, imported.project.id)).decision).toMatchObject({
      decision: 'go',
      decidedBy: 'Owner',
    });
  });

  it('round-trip keeps an untitled interview, its contacts, relation provenance and respondent email', async () => {
    const bundle = projectBundleSchema.parse({
      format: 'kume-project-bundle',
      version: 1,
      project: { name: 'Görüşme Projesi' },
      organisations: [
        {
          key: 'o1',
          name: 'Ege Döküm',
          type: 'firm',
          contacts: [{ key: 'c1', name: 'Ayşe Kaya', consentToContact: true }],
        },
        { key: 'o2', name: 'Gediz Kalıp', type: 'firm' },
      ],
      visits: [],
      commitments: [],
      questionnaires: [{ key: 'q1', definition: questionnaireTemplate('firm_interview') }],
      responses: [
        {
          key: 'r1',
          questionnaireKey: 'q1',
          organisationKey: 'o1',
          channel: 'interview',
          status: 'submitted',
          answers: { customers: [{ organisationKey: 'o2' }] },
          respondentEmail: 'ayse@egedokum.example',
          submittedAt: '2026-02-01T10:00:00+03:00',
        },
      ],
      interviews: [
        {
          key: 'i1',
          kind: 'interview',
          heldOn: '2026-02-01',
          participants: [{ organisationKey: 'o1', contactKey: 'c1', name: 'Ayşe Kaya' }],
          responseKey: 'r1',
        },
      ],
      relations: [
        // Reported a day after the response and under another question than the answers imply.
        {
          sourceKey: 'o1',
          targetKey: 'o2',
          relationType: 'customer',
          responseKey: 'r1',
          questionId: 'suppliers',
          reportedAt: '2026-02-02T09:30:00Z',
        },
        // Neither given: the question naming the partner and the response's submission.
        { sourceKey: 'o2', targetKey: 'o1', relationType: 'supplier', responseKey: 'r1' },
      ],
    });
    const imported = await importBundle(db, bundle, { owner });
    const exported = await exportBundle(db, imported.project, now);
    const contactKey = exported.organisations.find((o) => o.name === 'Ege Döküm')?.contacts[0]?.key;
    expect(contactKey).toBeDefined();
    expect(exported.interviews).toMatchObject([
      { title: '', participants: [{ contactKey, name: 'Ayşe Kaya' }] },
    ]);
    expect(exported.responses.map((r) => r.respondentEmail)).toEqual(['ayse@egedokum.example']);
    expect(
      exported.relations
        .map(({ relationType, questionId, reportedAt }) => ({
          relationType,
          questionId,
          reportedAt,
        }))
        .sort((a, b) => a.relationType.localeCompare(b.relationType)),
    ).toEqual([
      {
        relationType: 'customer',
        questionId: 'suppliers',
        reportedAt: '2026-02-02T09:30:00.000Z',
      },
      {
        relationType: 'supplier',
        questionId: 'customers',
        reportedAt: '2026-02-01T07:00:00.000Z',
      },
    ]);
    expect(projectBundleSchema.safeParse(exported).error?.issues ?? []).toEqual([]);
  });

  it('warns about people who have no account and leaves them out', async () => {
    const bundle = projectBundleSchema.parse({
      format: 'kume-project-bundle',
      version: 1,
      project: { name: 'Uyarı Projesi' },
      organisations: [{ key: 'o1', name: 'Gediz Makina', type: 'firm' }],
      visits: [
        {
          key: 'v1',
          visitedOn: '2026-02-01',
          level: 'local',
          organisationKeys: ['o1'],
          team: ['stranger@elsewhere.example'],
        },
      ],
      commitments: [],
    });
    const imported = await importBundle(db, bundle, { owner: null });
    expect(imported.warnings).toEqual([
      'stranger@elsewhere.example has no account in this project; the reference was left out',
    ]);
    expect((await exportBundle(db, imported.project, now)).visits[0]?.team).toEqual([]);
  });
});

describe('importBundle is one transaction', () => {
  it('leaves no project when a commitment fails after the organisations and visits were written', async () => {
    const bundle = sample();
    const before = await projectCount();
    // A key the schema would reject: the bundle is broken past validation, as a bug or a race could.
    const broken: ProjectBundle = {
      ...bundle,
      commitments: [
        ...bundle.commitments,
        {
          ...(bundle.commitments[0] as ProjectBundle['commitments'][number]),
          organisationKey: 'missing',
        },
      ],
    };
    await expect(importBundle(db, broken, { owner, slug: 'broken-midway' })).rejects.toThrow();
    expect(await findProjectBySlug(db, 'broken-midway')).toBeUndefined();
    expect(await projectCount()).toBe(before);
  });

  it('leaves nothing when two organisations fold to the same name', async () => {
    const bundle = projectBundleSchema.parse({
      format: 'kume-project-bundle',
      version: 1,
      project: { name: 'Çift İsim', slug: 'cift-isim' },
      organisations: [
        { key: 'o1', name: 'İzmir Döküm', type: 'firm' },
        { key: 'o2', name: 'IZMIR DÖKÜM', type: 'firm' },
      ],
      visits: [],
      commitments: [],
    });
    const organisationsBefore = (await db.select({ n: count() }).from(organisations))[0]?.n;
    await expect(importBundle(db, bundle, { owner })).rejects.toThrow();
    expect(await findProjectBySlug(db, 'cift-isim')).toBeUndefined();
    expect((await db.select({ n: count() }).from(organisations))[0]?.n).toBe(organisationsBefore);
    expect(await db.select().from(projects).where(eq(projects.name, 'Çift İsim'))).toEqual([]);
  });

  it('round-trip carries the value chain and the confirmed working group by organisation key', async () => {
    const first = await importBundle(db, sample(), { owner, slug: 'working-group' });
    const chosen = (await listOrganisations(db, first.project.id)).slice(0, 3);
    const confirmedAt = '2026-03-02T09:00:00.000Z';
    const valueChain = copyValueChainTemplate('hvac_r');
    const updated = await updateProject(db, first.project.id, {
      valueChain,
      workingGroup: { memberIds: chosen.map((o) => o.id), confirmedAt, confirmedBy: owner.id },
    });
    const exported = await exportBundle(db, updated, now);
    expect(exported.project.valueChain).toEqual(valueChain);
    expect(exported.project.workingGroup).toEqual({
      memberKeys: chosen.map((o) => o.id),
      confirmedAt,
      confirmedBy: owner.email,
    });

    const second = await importBundle(db, projectBundleSchema.parse(exported), { owner });
    expect(second.project.valueChain).toEqual(valueChain);
    const byId = new Map(
      (await listOrganisations(db, second.project.id)).map((o) => [o.id, o.name]),
    );
    expect(second.project.workingGroup?.memberIds.map((id) => byId.get(id))).toEqual(
      chosen.map((o) => o.name),
    );
    expect(second.project.workingGroup).toMatchObject({ confirmedAt, confirmedBy: owner.id });

    const dangling = {
      ...exported,
      project: {
        ...exported.project,
        workingGroup: {
          memberKeys: ['nobody'],
          confirmedAt,
          confirmedBy: null,
        },
      },
    };
    expect(projectBundleSchema.safeParse(dangling).error?.issues.map((i) => i.path)).toEqual([
      ['project', 'workingGroup', 'memberKeys', 0],
    ]);
  });
});

describe('bundles carry IO tables, relation source files and workshops', () => {
  const definition = workshopTemplate('vision');
  const roundId = definition.rounds[0]?.id as string;
  /** A bundle with every new part: an IO table chosen in the settings, a relation from a file, a live workshop. */
  const withEverything = (code: string) =>
    projectBundleSchema.parse({
      format: 'kume-project-bundle',
      version: 1,
      project: {
        name: `Atölye Projesi ${code}`,
        ioSettings: { ioTableKey: 't1', clusterIndustries: ['333'], excludedRows: ['V001'] },
      },
      organisations: [
        { key: 'o1', name: 'Ege Döküm', type: 'firm' },
        { key: 'o2', name: 'Gediz Kalıp', type: 'firm' },
      ],
      visits: [],
      commitments: [],
      relations: [
        { sourceKey: 'o1', targetKey: 'o2', relationType: 'supplier', sourceFile: 'iliskiler.csv' },
      ],
      ioTables: [
        {
          key: 't1',
          name: 'BEA 2022',
          fileName: 'bea.xlsx',
          layout: 'bea',
          suppliers: ['331', '333', 'V001'],
          industries: ['331', '333'],
          cells: [
            ['331', '333', 0.125],
            ['V001', '333', 0.4],
          ],
          names: { '331': 'Primary metals', '333': 'Machinery' },
        },
      ],
      workshops: [
        {
          title: 'Vizyon',
          template: 'vision',
          code,
          status: 'live',
          definition,
          createdAt: '2026-03-01T09:00:00.000Z',
          participants: [
            { key: 'p1', name: 'Facilitator', isFacilitator: true, user: 'owner@ajans.example' },
            { key: 'p2', name: 'Ayşe', organisationKey: 'o1' },
          ],
          events: [
            {
              participantKey: 'p1',
              command: {
                type: 'join',
                participantId: 'p1',
                name: 'Facilitator',
                isFacilitator: true,
              },
              at: '2026-03-01T09:01:00.000Z',
            },
            {
              participantKey: 'p2',
              messageId: 'm1',
              command: { type: 'join', participantId: 'p2', name: 'Ayşe', isFacilitator: false },
              at: '2026-03-01T09:02:00.000Z',
            },
            {
              participantKey: 'p2',
              messageId: 'm2',
              command: { type: 'add_item', participantId: 'p2', roundId, text: 'Yeşil üretim' },
              at: '2026-03-01T09:03:00.000Z',
            },
          ],
        },
      ],
    });
  /** The replayed state with participant ids replaced by names, to compare across imports. */
  const replayed = (workshop: ProjectBundle['workshops'][number]) => {
    const nameOf = new Map(workshop.participants.map((p) => [p.key, p.name]));
    const state = replayCommands(
      workshop.definition,
      Date.parse(workshop.createdAt ?? ''),
      workshop.events.map((e) => ({ command: e.command, at: Date.parse(e.at) })),
    );
    // Participant ids (as values or as record keys) by name, as they differ between imports; keys
    // sorted, as JSONB does not keep their order.
    const named = (_key: string, item: unknown): unknown =>
      typeof item === 'string'
        ? (nameOf.get(item) ?? item)
        : item && typeof item === 'object' && !Array.isArray(item)
          ? Object.fromEntries(
              Object.entries(item)
                .map(([k, v]) => [nameOf.get(k) ?? k, v] as const)
                .sort(([a], [b]) => a.localeCompare(b)),
            )
          : item;
    return JSON.stringify(state, named);
  };

  it('round-trip keeps the IO table, the IO settings on the new table id and the relation source file', async () => {
    const first = await importBundle(db, withEverything('IOT234'), { owner });
    expect(first.counts).toMatchObject({ ioTables: 1, workshops: 1, relations: 1 });
    const exported = await exportBundle(db, first.project, now);
    expect(projectBundleSchema.safeParse(exported).error?.issues ?? []).toEqual([]);
    const [table] = exported.ioTables;
    expect(table).toMatchObject({
      name: 'BEA 2022',
      fileName: 'bea.xlsx',
      layout: 'bea',
      cells: [
        ['331', '333', 0.125],
        ['V001', '333', 0.4],
      ],
      names: { '331': 'Primary metals', '333': 'Machinery' },
    });
    expect(table?.key).not.toBe('t1');
    expect(first.project.ioSettings).toEqual({
      ioTableId: table?.key,
      clusterIndustries: ['333'],
      excludedRows: ['V001'],
    });
    expect(exported.project.ioSettings).toEqual({
      ioTableKey: table?.key,
      clusterIndustries: ['333'],
      excludedRows: ['V001'],
    });
    expect(exported.relations.map((r) => r.sourceFile)).toEqual(['iliskiler.csv']);

    const second = await importBundle(db, projectBundleSchema.parse(exported), { owner });
    const again = await exportBundle(db, second.project, now);
    expect(second.project.ioSettings?.ioTableId).toBe(again.ioTables[0]?.key);
    expect(second.project.ioSettings?.ioTableId).not.toBe(table?.key);
    expect(again.ioTables.map(({ key: _k, createdAt: _c, ...t }) => t)).toEqual(
      exported.ioTables.map(({ key: _k, createdAt: _c, ...t }) => t),
    );
    expect(again.relations.map((r) => r.sourceFile)).toEqual(['iliskiler.csv']);
  });

  it('round-trip replays a workshop to the same state, without tokens, with a new code when the old one is live', async () => {
    const first = await importBundle(db, withEverything('WSH234'), { owner });
    const exported = await exportBundle(db, first.project, now);
    const [workshop] = exported.workshops;
    expect(workshop).toMatchObject({ title: 'Vizyon', template: 'vision', code: 'WSH234' });
    expect(workshop?.events.map((e) => e.messageId)).toEqual([null, 'm1', 'm2']);
    // Seats written in one transaction share their creation time: compared in name order.
    expect(
      workshop?.participants
        .map((p) => [p.name, p.user, p.organisationKey !== null])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['Ayşe', null, true],
      ['Facilitator', owner.email, false],
    ]);
    // The actor of each command is the participant's new id.
    expect(workshop?.events.map((e) => e.command.participantId)).toEqual(
      ['Facilitator', 'Ayşe', 'Ayşe'].map(
        (n) => workshop?.participants.find((p) => p.name === n)?.key,
      ),
    );
    const original = withEverything('WSH234').workshops[0] as ProjectBundle['workshops'][number];
    expect(replayed(workshop as typeof original)).toEqual(replayed(original));
    expect(replayed(original)).toContain('Yeşil üretim');

    // The first import is live with WSH234: the second gets a fresh code, the same state.
    const second = await importBundle(db, projectBundleSchema.parse(exported), { owner });
    const again = (await exportBundle(db, second.project, now)).workshops[0];
    expect(again?.code).not.toBe('WSH234');
    expect(again?.code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(replayed(again as typeof original)).toEqual(replayed(original));
    const [row] = await db
      .select()
      .from(workshops)
      .where(eq(workshops.projectId, second.project.id));
    const seats = await db
      .select()
      .from(workshopParticipants)
      .where(eq(workshopParticipants.workshopId, row?.id as string));
    expect(seats.find((s) => s.isFacilitator)?.userId).toBe(owner.id);
    // No old token hash travels: every seat has a fresh unguessable one.
    expect(new Set(seats.map((s) => s.tokenSha256)).size).toBe(2);
    expect(seats.every((s) => s.tokenSha256.startsWith('imported:'))).toBe(true);
  });

  it('an older bundle without IO tables, IO settings, source files or workshops imports', async () => {
    const bundle = projectBundleSchema.parse({
      format: 'kume-project-bundle',
      version: 1,
      project: { name: 'Eski Paket' },
      organisations: [
        { key: 'o1', name: 'Ege Döküm', type: 'firm' },
        { key: 'o2', name: 'Gediz Kalıp', type: 'firm' },
      ],
      visits: [],
      commitments: [],
      relations: [{ sourceKey: 'o1', targetKey: 'o2', relationType: 'customer' }],
    });
    const imported = await importBundle(db, bundle, { owner });
    expect(imported.counts).toMatchObject({ ioTables: 0, workshops: 0, relations: 1 });
    expect(imported.project.ioSettings).toBeNull();
    const exported = await exportBundle(db, imported.project, now);
    expect(exported.project.ioSettings).toBeNull();
    expect(exported.ioTables).toEqual([]);
    expect(exported.workshops).toEqual([]);
    expect(exported.relations[0]?.sourceFile).toBeUndefined();
  });

  it('rejects IO settings naming no table and a workshop event naming no participant', () => {
    const bundle = withEverything('REF234');
    const broken = {
      ...bundle,
      project: { ...bundle.project, ioSettings: { ioTableKey: 'gone', clusterIndustries: [] } },
      workshops: bundle.workshops.map((w) => ({
        ...w,
        events: w.events.map((e) => ({ ...e, participantKey: 'nobody' })).slice(0, 1),
      })),
    };
    expect(projectBundleSchema.safeParse(broken).error?.issues.map((i) => i.path)).toEqual([
      ['project', 'ioSettings', 'ioTableKey'],
      ['workshops', 0, 'events', 0, 'participantKey'],
    ]);
  });
});
