// The workshop bench's workshop, made as a facilitator makes it: first-run setup with the printed
// token, a project, a free workshop of one points round over 8 items that starts in its vote
// phase (so each vote replaces the participant's ballot), put live. All over the REST API.

const ITEMS = [
  'Shared testing laboratory',
  'Export marketing consortium',
  'Vocational training with the schools',
  'Joint purchasing of raw materials',
  'Digital production monitoring',
  'Supplier development programme',
  'Energy efficiency audits',
  'Cluster brand and trade fairs',
];
const POINTS = 100;
const ROUND_ID = 'priorities';

/** A REST client keeping the session cookie and sending the CSRF token on writes. */
function restClient(base) {
  let cookie = '';
  let csrfToken = '';
  return async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(cookie ? { cookie } : {}),
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      },
      body: JSON.stringify(body ?? {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    const session = /kume_session=[^;]*/.exec(response.headers.get('set-cookie') ?? '');
    if (session) cookie = session[0];
    const json = JSON.parse(text);
    if (json.csrfToken) csrfToken = json.csrfToken;
    return json;
  };
}

/**
 * Sets up a fresh Kume at `base` and creates the live workshop; answers its id, join code, round
 * id, item ids and the points budget a ballot allocates.
 */
export async function createBenchWorkshop(base, setupToken) {
  if (!setupToken) throw new Error('the server printed no setup token: is its database fresh?');
  const call = restClient(base);
  await call('POST', '/api/setup', {
    token: setupToken,
    name: 'Bench Facilitator',
    email: 'facilitator@bench.example',
    password: 'bench-password-long-enough-1',
    locale: 'en',
  });
  const project = await call('POST', '/api/projects', {
    name: 'Workshop bench',
    sector: 'Machinery',
    region: 'İzmir',
  });
  const slug = project.slug;
  const created = await call('POST', `/api/projects/${slug}/workshops`, {
    definition: {
      templateId: 'custom',
      title: { en: 'Priorities', tr: 'Öncelikler' },
      rounds: [
        {
          id: ROUND_ID,
          title: { en: 'Priorities', tr: 'Öncelikler' },
          prompt: { en: 'Share 100 points', tr: '100 puanı paylaştırın' },
          kind: 'poll',
          phases: ['vote'],
          voting: { method: 'points', points: POINTS },
          items: ITEMS,
        },
      ],
    },
  });
  const live = await call('POST', `/api/projects/${slug}/workshops/${created.id}/status`, {
    status: 'live',
  });
  return {
    id: live.id,
    code: live.code,
    roundId: ROUND_ID,
    itemIds: ITEMS.map((_, index) => `i${index + 1}`),
    points: POINTS,
  };
}
