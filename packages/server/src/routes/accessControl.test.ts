// The access control walk: every project route in the OpenAPI document, tried as a stranger, a
// viewer, a member and without a session. A new route is walked as soon as it is registered;
// a new write route must get a valid body below, or the walk fails and says so.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMemberRole } from '@kume/db';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import {
  addOrganisation,
  createProject,
  expectStatus,
  uploadForm,
} from '../../test/projectFixtures';
import {
  addDataset,
  addDefinition,
  addRelatedness,
  SMALL_DATASET,
  SMALL_DEFINITION,
} from '../../test/statisticsFixtures';
import { addGeography, twoSquares } from '../../test/geographyFixtures';
import { addEvent, tinyPng } from '../../test/deckFixtures';

/** A one-cell direct-requirements table in BEA's layout. */
const WALK_IO_TABLE = '331B,3315,5,0.1188000\n';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type RequestBody = Parameters<Agent['request']>[2];
interface Route {
  method: Method;
  path: string;
}

/** Reads that only owners may make (they show people's emails and invitation state). */
const ownerOnlyReads = new Set(['GET /api/projects/{slug}/invitations']);

describe('access control of project routes', () => {
  let t: TestApp;
  let owner: Agent;
  let facilitator: Agent;
  let member: Agent;
  let viewer: Agent;
  let stranger: Agent;
  let slug: string;
  let routes: Route[];
  /** Real ids of the walked project, by the path segment before the parameter. */
  const ids: Record<string, string> = {};

  /** Valid bodies, so that a 403 comes from the role check and not from validation. */
  const bodies: Record<string, () => RequestBody> = {
    'PATCH /api/projects/{slug}': () => ({ name: 'Renamed by the walk' }),
    'PATCH /api/projects/{slug}/members/{userId}': () => ({ role: 'viewer' }),
    'POST /api/projects/{slug}/invitations': () => ({ email: 'walk@example.com', role: 'member' }),
    'POST /api/projects/{slug}/organisations': () => ({ name: 'Walk Firm', type: 'firm' }),
    'PATCH /api/projects/{slug}/organisations/{id}': () => ({ employees: 12 }),
    'POST /api/projects/{slug}/organisations/{id}/contacts': () => ({ name: 'Walk Person' }),
    'PATCH /api/projects/{slug}/organisations/{id}/contacts/{contactId}': () => ({ role: 'CEO' }),
    'POST /api/projects/{slug}/organisations/{id}/commitments': () => ({
      willingness: 5,
      influence: 5,
      assessedOn: '2026-11-20',
    }),
    'POST /api/projects/{slug}/organisations/import/preview': () =>
      uploadForm('walk.csv', 'name,type\nWalk Import,firm\n'),
    'POST /api/projects/{slug}/organisations/import': () =>
      uploadForm('walk.csv', 'name,type\nWalk Import,firm\n', { dryRun: false }),
    'POST /api/projects/{slug}/relations/import/preview': () =>
      uploadForm('walk.csv', 'source,target,type\nEge Döküm,Walk Partner,customer\n'),
    'POST /api/projects/{slug}/relations/import': () =>
      uploadForm('walk.csv', 'source,target,type\nEge Döküm,Walk Partner,customer\n', {
        dryRun: false,
      }),
    'POST /api/projects/{slug}/visits': () => visitBody(),
    'PUT /api/projects/{slug}/visits/{id}': () => visitBody(),
    'POST /api/projects/{slug}/visits/{id}/follow-ups': () => ({
      description: 'Walk follow-up',
      dueOn: '2026-12-01',
    }),
    'PATCH /api/projects/{slug}/follow-ups/{id}': () => ({ done: true }),
    'PUT /api/projects/{slug}/readiness/thresholds': () => ({ minCommittedFirms: 1 }),
    'PUT /api/projects/{slug}/value-chain': () => ({ templateId: 'hvac_r' }),
    'PUT /api/projects/{slug}/working-group': () => ({ memberIds: [ids.organisations] }),
    'POST /api/projects/{slug}/io-tables': () => uploadForm('walk.txt', WALK_IO_TABLE),
    'PUT /api/projects/{slug}/cluster-map/io-settings': () => ({
      ioTableId: ids['io-tables'],
      clusterIndustries: ['3315'],
    }),
    'POST /api/projects/{slug}/readiness/decisions': () => ({
      decision: 'go',
      decidedOn: '2026-11-26',
    }),
    'POST /api/projects/{slug}/statistics/datasets': () => uploadForm('walk.csv', SMALL_DATASET),
    'POST /api/projects/{slug}/statistics/datasets/preview': () =>
      uploadForm('walk.csv', SMALL_DATASET),
    'PATCH /api/projects/{slug}/statistics/datasets/{id}': () => ({ name: 'Walk' }),
    'POST /api/projects/{slug}/statistics/definitions': () =>
      uploadForm('walk.csv', SMALL_DEFINITION),
    'POST /api/projects/{slug}/statistics/definitions/builtin': () => ({
      definition: 'nace-rev2-divisions',
    }),
    'PUT /api/projects/{slug}/statistics/definitions/{id}': () => ({
      name: 'Walk',
      entries: [{ industry: '111', cluster: 'walk', type: 'traded' }],
    }),
    'POST /api/projects/{slug}/statistics/derive': () => ({
      datasetId: ids.datasets,
      method: 'hierarchical',
      clusters: 2,
    }),
    'POST /api/projects/{slug}/statistics/derive/compare': () => ({
      definitionId: ids.definitions,
      clusters: [{ code: 'walk', industries: ['111'] }],
    }),
    'POST /api/projects/{slug}/statistics/definitions/derived': () => ({
      name: 'Walk derived',
      clusters: [{ code: 'walk', name: 'Walk', type: 'traded', industries: ['111'] }],
    }),
    'POST /api/projects/{slug}/statistics/relatedness': () =>
      uploadForm('walk.csv', 'cluster,related,score,percentile\nfarm,metal,1,95\n'),
    'PUT /api/projects/{slug}/statistics/settings': () => ({ focusRegion: 'B' }),
    'POST /api/projects/{slug}/statistics/geographies': () =>
      uploadForm('walk.geojson', JSON.stringify(twoSquares(['A', 'B']))),
    'POST /api/projects/{slug}/questionnaires': () => ({ template: 'firm_interview' }),
    'PUT /api/projects/{slug}/questionnaires/{id}': () => ({ definition: walkDefinition }),
    'POST /api/projects/{slug}/questionnaires/{id}/public-link': () => ({ enabled: true }),
    'POST /api/projects/{slug}/questionnaires/{id}/links': () => ({
      organisationIds: [ids.organisations],
    }),
    'POST /api/projects/{slug}/questionnaires/{id}/interview-responses': () => ({
      id: '7d6f1a52-57a4-4f2e-9d0c-0f4bb1d1e001',
      answers: {},
      submitted: false,
      heldOn: '2026-11-20',
    }),
    'POST /api/projects/{slug}/interviews': () => interviewBody(),
    'PUT /api/projects/{slug}/interviews/{id}': () => interviewBody(),
    'POST /api/projects/{slug}/questionnaires/{id}/responses/import/preview': () =>
      uploadForm('walk.csv', 'stage\ncasting\n'),
    'POST /api/projects/{slug}/questionnaires/{id}/responses/import': () =>
      uploadForm('walk.csv', 'respondent_role\nWalk\n', { dryRun: true }),
    'PUT /api/projects/{slug}/questionnaires/{id}/responses/{responseId}/answer-tags/{questionId}':
      () => ({ tags: ['walk'] }),
    'POST /api/projects/{slug}/relations': () => ({
      sourceOrganisationId: ids.organisations,
      targetOrganisationId: ids.organisations,
      relationType: 'supplier',
    }),
    'POST /api/projects/{slug}/workshops': () => ({ templateId: 'vision' }),
    'POST /api/projects/{slug}/workshops/{id}/status': () => ({ status: 'live' }),
    'POST /api/projects/{slug}/workshops/{id}/facilitator-token': () => ({}),
    'POST /api/projects/{slug}/events': () => walkEvent,
    'PUT /api/projects/{slug}/events/{id}': () => walkEvent,
    'POST /api/projects/{slug}/events/{id}/registrations': () => ({
      name: 'Walk Guest',
      email: 'walk.guest@example.com',
      consent: true,
    }),
    'POST /api/projects/{slug}/events/{id}/check-in': () => ({ ticket: 'walk' }),
    'POST /api/projects/{slug}/events/{id}/registrations/{registrationId}/check-in': () => ({}),
    'POST /api/projects/{slug}/events/{id}/registrations/{registrationId}/cancel': () => ({}),
    'POST /api/projects/{slug}/events/{id}/invitations': () => ({
      organisationIds: [ids.organisations],
    }),
    'PUT /api/projects/{slug}/events/{id}/polls': () => ({
      polls: [{ question: 'Walk?', choices: ['Yes', 'No'] }],
    }),
    'PUT /api/projects/{slug}/events/{id}/deck-settings': () => ({ sections: ['title'] }),
    'POST /api/projects/{slug}/benchmark-cases': () => walkCase(),
    'PUT /api/projects/{slug}/benchmark-cases/{caseId}': () => walkCase(),
    'POST /api/projects/{slug}/benchmark-cases/restore': () => ({}),
    'PUT /api/projects/{slug}/logo': () => uploadForm('walk.png', tinyPng(4, 2)),
    'POST /api/projects/{slug}/roadmap/indicators': () => walkIndicator,
    'PUT /api/projects/{slug}/roadmap/indicators/{id}': () => walkIndicator,
    'POST /api/projects/{slug}/roadmap/indicators/presets': () => ({
      codes: ['kdp_active_firms'],
      lang: 'en',
      baselineOn: '2026-01-01',
      dueOn: '2028-12-31',
    }),
    'POST /api/projects/{slug}/roadmap/indicators/{id}/values': () => ({
      on: '2026-11-20',
      value: 1,
      unit: 'firms',
    }),
    'PUT /api/projects/{slug}/roadmap/self-assessment/indicators': () => ({
      indicators: [walkSelfAssessmentIndicator],
    }),
    'POST /api/projects/{slug}/roadmap/self-assessments': () => walkAssessment,
    'PUT /api/projects/{slug}/roadmap/self-assessments/{id}': () => walkAssessment,
    'POST /api/projects/{slug}/roadmap/assemble': () => ({}),
    'PUT /api/projects/{slug}/roadmap/settings': () => ({ startsOn: '2027-01-01' }),
    'POST /api/projects/{slug}/roadmap/items': () => ({ kind: 'investment_need', title: 'Walk' }),
    'POST /api/projects/{slug}/roadmap/items/{key}/restore': () => ({}),
    'POST /api/projects/{slug}/roadmap/actions': () => walkAction,
    'PUT /api/projects/{slug}/roadmap/actions/{id}': () => walkAction,
  };
  const walkAction = { title: 'Walk', layer: 'market', startOn: '2027-01-01', endOn: '2027-06-30' };
  // The roadmap's item and action routes check the role before looking the key or the id up.
  ids.key = 'manual:7d6f1a52-57a4-4f2e-9d0c-0f4bb1d1e0aa';
  ids.actions = '7d6f1a52-57a4-4f2e-9d0c-0f4bb1d1e0ab';
  /** Query strings of routes that need them, so that GETs reach the role check and answer 200. */
  const queries: Record<string, () => string> = {
    'GET /api/projects/{slug}/statistics/clusters': () => analysisQuery(),
    'GET /api/projects/{slug}/statistics/clusters/export': () => analysisQuery(),
    'GET /api/projects/{slug}/statistics/shift-share': () => `${analysisQuery()}&region=A`,
    'GET /api/projects/{slug}/statistics/related': () =>
      `${analysisQuery()}&region=A&relatednessId=${ids.relatedness}`,
    'GET /api/projects/{slug}/statistics/density': () => `${analysisQuery()}&region=A`,
    'GET /api/projects/{slug}/statistics/derive/levels': () => `?datasetId=${ids.datasets}`,
  };
  const walkEvent = {
    title: 'Walk day',
    date: '2026-12-17',
    startTime: '09:30',
    endTime: '13:00',
    venue: 'Walk hall',
    capacity: 10,
  };
  /** The walked questionnaire's definition, a valid body for its PUT. */
  let walkDefinition: unknown;
  const analysisQuery = () => `?datasetId=${ids.datasets}&definitionId=${ids.definitions}`;
  const interviewBody = () => ({
    kind: 'interview',
    heldOn: '2026-11-20',
    title: 'Walk interview',
    participants: [{ organisationId: ids.organisations }],
  });
  const walkCase = () => ({
    name: 'Walk Cluster',
    country: { tr: 'Türkiye', en: 'Türkiye' },
    sector: { tr: 'Makine', en: 'Machinery' },
    summary: { tr: 'Yürüyüş', en: 'Walk' },
    scale: { tr: '', en: '' },
  });
  const walkIndicator = {
    name: 'Walk firms',
    unit: 'firms',
    baseline: 1,
    baselineOn: '2026-01-01',
    target: 5,
    dueOn: '2027-12-31',
  };
  const walkSelfAssessmentIndicator = {
    id: 'walk_members',
    area: 'structure',
    name: { tr: 'Üyeler', en: 'Members' },
    unit: { tr: 'kuruluş', en: 'organisations' },
    thresholds: { bronze: 1, silver: 2, gold: 3 },
    evidence: { tr: '', en: '' },
  };
  const walkAssessment = { assessedOn: '2026-11-20', answers: [] };
  const visitBody = () => ({
    visitedOn: '2026-11-20',
    level: 'regional',
    organisationIds: [ids.organisations],
  });

  function urlOf(path: string): string {
    return path.replace(/\{(\w+)\}/g, (_, name: string, offset: number) => {
      if (name === 'slug') return slug;
      const segment =
        name === 'id'
          ? path
              .slice(0, offset - 1)
              .split('/')
              .pop()
          : name;
      const id = segment === undefined ? undefined : ids[segment];
      if (!id) throw new Error(`the walk has no id for {${name}} in ${path}: add one to ids`);
      return id;
    });
  }

  function bodyOf(route: Route): RequestBody {
    if (route.method === 'GET' || route.method === 'DELETE') return undefined;
    const body = bodies[`${route.method} ${route.path}`];
    if (!body) throw new Error(`the walk has no valid body for ${route.method} ${route.path}`);
    return body();
  }

  /** Walks the routes as `agent`: each answer's status, error code and a line for messages. */
  async function walk(agent: Agent, which: (route: Route) => boolean = () => true) {
    const answers: { route: Route; status: number; code: string | undefined; line: string }[] = [];
    for (const route of routes.filter(which)) {
      const query = queries[`${route.method} ${route.path}`]?.() ?? '';
      const response = await agent.request(route.method, urlOf(route.path) + query, bodyOf(route));
      const code = response.headers['content-type']?.toString().includes('json')
        ? (response.json() as { error?: { code?: string } }).error?.code
        : undefined;
      answers.push({
        route,
        status: response.statusCode,
        code,
        line: `${route.method} ${route.path} -> ${response.statusCode} ${code ?? ''}`.trim(),
      });
    }
    return answers;
  }
  /** A refusal by the role check (not by CSRF or validation). */
  const refused = (a: { status: number; code: string | undefined }) =>
    a.status === 403 && a.code === 'forbidden';

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    facilitator = await t.signUp('facilitator@example.com');
    member = await t.signUp('member@example.com');
    viewer = await t.signUp('viewer@example.com');
    stranger = await t.signUp('stranger@example.com');
    slug = await createProject(owner, 'Access walk');
    const project = expectStatus(await owner.get(`/api/projects/${slug}`), 200).json() as {
      id: string;
    };
    for (const [agent, role] of [
      [facilitator, 'facilitator'],
      [member, 'member'],
      [viewer, 'viewer'],
    ] as const)
      await setMemberRole(t.database.db, project.id, agent.userId ?? '', role);

    ids.organisations = await addOrganisation(owner, slug, {
      name: 'Ege Döküm',
      type: 'firm',
      contacts: [{ name: 'Ayşe Yılmaz' }],
    });
    const detail = expectStatus(
      await owner.get(`/api/projects/${slug}/organisations/${ids.organisations}`),
      200,
    ).json() as { contacts: { id: string }[] };
    ids.contactId = detail.contacts[0]?.id ?? '';
    const visit = expectStatus(
      await owner.post(`/api/projects/${slug}/visits`, {
        ...visitBody(),
        followUps: [{ description: 'Send the brochure', dueOn: '2026-12-01' }],
      }),
      201,
    ).json() as { id: string; followUps: { id: string }[] };
    ids.visits = visit.id;
    ids['follow-ups'] = visit.followUps[0]?.id ?? '';
    ids.invitations = (
      expectStatus(
        await owner.post(`/api/projects/${slug}/invitations`, {
          email: 'invited@example.com',
          role: 'member',
        }),
        201,
      ).json() as { id: string }
    ).id;
    // Members' routes act on the owner: nobody but an owner may change or remove them.
    ids.userId = owner.userId ?? '';
    ids.datasets = await addDataset(owner, slug);
    ids.definitions = await addDefinition(owner, slug);
    ids.relatedness = await addRelatedness(
      owner,
      slug,
      'cluster,related,score,percentile\nfarm,metal,1,95\n',
    );
    ids.geographies = await addGeography(owner, slug);
    ids['io-tables'] = (
      expectStatus(
        await owner.request(
          'POST',
          `/api/projects/${slug}/io-tables`,
          uploadForm('walk.txt', WALK_IO_TABLE),
        ),
        201,
      ).json() as { id: string }
    ).id;
    const questionnaire = expectStatus(
      await owner.post(`/api/projects/${slug}/questionnaires`, { template: 'firm_interview' }),
      201,
    ).json() as { id: string; definition: unknown };
    ids.questionnaires = questionnaire.id;
    walkDefinition = questionnaire.definition;
    const questionnaireUrl = `/api/projects/${slug}/questionnaires/${questionnaire.id}`;
    expectStatus(await owner.post(`${questionnaireUrl}/public-link`, { enabled: true }), 200);
    ids.linkId =
      (
        expectStatus(
          await owner.post(`${questionnaireUrl}/links`, { organisationIds: [ids.organisations] }),
          201,
        ).json() as { links: { id: string }[] }
      ).links[0]?.id ?? '';
    ids.responseId = (
      expectStatus(
        await owner.post(`${questionnaireUrl}/interview-responses`, {
          id: '7d6f1a52-57a4-4f2e-9d0c-0f4bb1d1e000',
          organisationId: ids.organisations,
          answers: {},
          submitted: false,
          heldOn: '2026-11-20',
        }),
        201,
      ).json() as { id: string }
    ).id;
    // A free-text question of the firm template (answer tags).
    ids.questionId = 'barrier_comment';
    ids.interviews = (
      expectStatus(
        await owner.post(`/api/projects/${slug}/interviews`, interviewBody()),
        201,
      ).json() as {
        id: string;
      }
    ).id;
    const partner = await addOrganisation(owner, slug, { name: 'Walk Partner', type: 'firm' });
    ids.relations = (
      expectStatus(
        await owner.post(`/api/projects/${slug}/relations`, {
          sourceOrganisationId: ids.organisations,
          targetOrganisationId: partner,
          relationType: 'supplier',
        }),
        201,
      ).json() as { id: string }
    ).id;

    ids.workshops = (
      expectStatus(
        await owner.post(`/api/projects/${slug}/workshops`, { templateId: 'vision' }),
        201,
      ).json() as { id: string }
    ).id;

    // The Information Day: an event with a guest registered on its public page.
    const walkedEvent = expectStatus(
      await owner.post(`/api/projects/${slug}/events`, walkEvent),
      201,
    ).json() as { id: string; publicCode: string };
    ids.events = walkedEvent.id;
    expectStatus(
      await t.anonymous().post(`/api/public/events/${walkedEvent.publicCode}/registrations`, {
        name: 'Walk Registered',
        email: 'walk.registered@example.com',
        consent: true,
      }),
      201,
    );
    ids.registrationId =
      (
        expectStatus(
          await owner.get(`/api/projects/${slug}/events/${walkedEvent.id}/registrations`),
          200,
        ).json() as { items: { id: string }[] }
      ).items[0]?.id ?? '';

    // The Information Day deck: an event (unless the walk made one through the event routes),
    // an own benchmark case, and a logo, so that every GET answers 200.
    ids.events ??= await addEvent(t.database.db, project.id);
    ids.caseId = (
      expectStatus(
        await owner.post(`/api/projects/${slug}/benchmark-cases`, walkCase()),
        201,
      ).json() as { id: string }
    ).id;
    expectStatus(
      await owner.request(
        'PUT',
        `/api/projects/${slug}/logo`,
        uploadForm('walk.png', tinyPng(4, 2)),
      ),
      200,
    );

    // Monitoring: a roadmap-level indicator with a value, and a self-assessment.
    const roadmapUrl = `/api/projects/${slug}/roadmap`;
    ids.indicators = (
      expectStatus(await owner.post(`${roadmapUrl}/indicators`, walkIndicator), 201).json() as {
        id: string;
      }
    ).id;
    ids.valueId =
      (
        expectStatus(
          await owner.post(`${roadmapUrl}/indicators/${ids.indicators}/values`, {
            on: '2026-11-20',
            value: 3,
            unit: 'firms',
          }),
          201,
        ).json() as { values: { id: string }[] }
      ).values[0]?.id ?? '';
    ids['self-assessments'] = (
      expectStatus(
        await owner.post(`${roadmapUrl}/self-assessments`, walkAssessment),
        201,
      ).json() as {
        id: string;
      }
    ).id;

    const document = expectStatus(await t.anonymous().get('/api/openapi.json'), 200).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/projects/{slug}'))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => ({
          method: method.toUpperCase() as Method,
          path,
        })),
      );
  });
  afterAll(() => t.close());

  it('the walk covers the project, member, registry, visit, readiness and statistics routes', () => {
    const lines = routes.map((r) => `${r.method} ${r.path}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'GET /api/projects/{slug}',
        'DELETE /api/projects/{slug}',
        'PATCH /api/projects/{slug}/members/{userId}',
        'POST /api/projects/{slug}/organisations/import',
        'GET /api/projects/{slug}/organisations/export',
        'PUT /api/projects/{slug}/visits/{id}',
        'PATCH /api/projects/{slug}/follow-ups/{id}',
        'POST /api/projects/{slug}/readiness/decisions',
        'GET /api/projects/{slug}/power-interest',
        'POST /api/projects/{slug}/statistics/datasets',
        'POST /api/projects/{slug}/statistics/datasets/preview',
        'PUT /api/projects/{slug}/statistics/definitions/{id}',
        'DELETE /api/projects/{slug}/statistics/relatedness/{id}',
        'PUT /api/projects/{slug}/statistics/settings',
        'GET /api/projects/{slug}/statistics/clusters/export',
        'GET /api/projects/{slug}/statistics/density',
        'POST /api/projects/{slug}/statistics/geographies',
        'GET /api/projects/{slug}/statistics/geographies/{id}',
      ]),
    );
    expect(routes.length).toBeGreaterThanOrEqual(30);
  });

  it('a signed-in user with no role in the project gets 403 or 404 on every project route', async () => {
    const answers = await walk(stranger);
    const hidden = (a: (typeof answers)[number]) => a.status === 404 && a.code === 'not_found';
    expect(answers.filter((a) => !refused(a) && !hidden(a)).map((a) => a.line)).toEqual([]);
  });

  for (const role of ['viewer', 'member'] as const) {
    it(`a ${role} gets 403 on every write route of the project`, async () => {
      const answers = await walk(role === 'viewer' ? viewer : member, (r) => r.method !== 'GET');
      expect(answers.length).toBeGreaterThan(15);
      expect(answers.filter((a) => !refused(a)).map((a) => a.line)).toEqual([]);
    });

    it(`a ${role} reads every GET route of the project (200), except the owners' invitation list (403)`, async () => {
      const answers = await walk(role === 'viewer' ? viewer : member, (r) => r.method === 'GET');
      const wrong = answers.filter((a) =>
        ownerOnlyReads.has(`GET ${a.route.path}`) ? !refused(a) : a.status !== 200,
      );
      expect(wrong.map((a) => a.line)).toEqual([]);
    });
  }

  it('GET /api/projects without a session is 401', async () => {
    const response = await t.anonymous().get('/api/projects');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('every project route without a session is 401', async () => {
    const answers = await walk(t.anonymous());
    expect(answers.filter((a) => a.status !== 401).map((a) => a.line)).toEqual([]);
  });

  it('the refused requests changed nothing: the organisation and the invitation are as they were', async () => {
    const organisations = expectStatus(
      await owner.get(`/api/projects/${slug}/organisations`),
      200,
    ).json() as { items: { name: string; employees: number | null }[] };
    expect(organisations.items).toEqual([
      expect.objectContaining({ name: 'Ege Döküm', employees: null }),
      expect.objectContaining({ name: 'Walk Partner' }),
    ]);
    const invitations = expectStatus(
      await owner.get(`/api/projects/${slug}/invitations`),
      200,
    ).json() as { email: string }[];
    expect(invitations.map((i) => i.email)).toEqual(['invited@example.com']);
  });

  it('a facilitator writes the registry but cannot manage members, invitations or delete the project', async () => {
    const base = `/api/projects/${slug}`;
    const answers = [
      await facilitator.get(`${base}/invitations`),
      await facilitator.post(`${base}/invitations`, { email: 'x@example.com', role: 'viewer' }),
      await facilitator.delete(`${base}/invitations/${ids.invitations}`),
      await facilitator.patch(`${base}/members/${viewer.userId}`, { role: 'facilitator' }),
      await facilitator.patch(`${base}/members/${facilitator.userId}`, { role: 'owner' }),
      await facilitator.delete(`${base}/members/${viewer.userId}`),
      await facilitator.delete(base),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual(answers.map(() => 403));
    const created = await facilitator.post(`${base}/organisations`, {
      name: 'Facilitator Firm',
      type: 'firm',
    });
    expect(created.statusCode).toBe(201);
  });

  describe('the last owner', () => {
    let ownersSlug: string;
    let partner: Agent;
    beforeAll(async () => {
      ownersSlug = await createProject(owner, 'Owners');
      partner = await t.signUp('partner@example.com');
      const project = expectStatus(await owner.get(`/api/projects/${ownersSlug}`), 200).json() as {
        id: string;
      };
      await setMemberRole(t.database.db, project.id, partner.userId ?? '', 'viewer');
    });

    it('cannot be demoted (409)', async () => {
      const response = await owner.patch(`/api/projects/${ownersSlug}/members/${owner.userId}`, {
        role: 'facilitator',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ error: { code: 'conflict' } });
    });

    it('cannot be removed or leave (409)', async () => {
      const response = await owner.delete(`/api/projects/${ownersSlug}/members/${owner.userId}`);
      expect(response.statusCode).toBe(409);
      const members = expectStatus(
        await owner.get(`/api/projects/${ownersSlug}/members`),
        200,
      ).json() as { email: string; role: string }[];
      expect(members).toContainEqual(
        expect.objectContaining({ email: 'owner@example.com', role: 'owner' }),
      );
    });

    it('can step down once another member is owner', async () => {
      expectStatus(
        await owner.patch(`/api/projects/${ownersSlug}/members/${partner.userId}`, {
          role: 'owner',
        }),
        204,
      );
      const response = await owner.patch(`/api/projects/${ownersSlug}/members/${owner.userId}`, {
        role: 'viewer',
      });
      expect(response.statusCode).toBe(204);
      expect(
        (await owner.delete(`/api/projects/${ownersSlug}/members/${partner.userId}`)).statusCode,
      ).toBe(403);
    });
  });
});
