// Seeds the map benchmark's database: one user, one project on the machinery value chain,
// 5,000 organisations (one stage left empty: a gap) and 20,000 relations with community structure.
// Usage: tsx bench/map/seed.ts DATA_DIR [ORGANISATIONS RELATIONS]; prints {"email","password",
// "slug"} as JSON.

import { copyValueChainTemplate, ORGANISATION_TYPES, projectInputSchema } from '@kume/core';
import {
  createProject,
  createUser,
  insertOrganisations,
  openDatabase,
  schema,
  updateProject,
} from '@kume/db';
import { hashPassword } from '../../packages/server/src/auth/password';

const ORGANISATIONS = Number(process.argv[3] ?? 5_000);
const RELATIONS = Number(process.argv[4] ?? 20_000);
const RELATION_TYPES = ['supplier', 'customer', 'subcontractor', 'rd_partner'] as const;

/** A small deterministic generator (mulberry32), so every run maps the same graph. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main() {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: tsx bench/map/seed.ts DATA_DIR');
  const random = rng(42);
  const database = await openDatabase({ dataDir });
  await database.migrate();
  const { db } = database;
  const password = 'bench map password';
  const user = await createUser(db, {
    email: 'bench-map@kume.example',
    name: 'Bench',
    passwordHash: await hashPassword(password),
    isAdmin: true,
  });
  const project = await createProject(
    db,
    projectInputSchema.parse({ name: 'Map benchmark' }),
    user.id,
  );
  const chain = copyValueChainTemplate('machinery_metal_casting');
  if (!chain) throw new Error('no machinery template');
  await updateProject(db, project.id, { valueChain: chain });
  // The last stage stays empty: the gap list and the lane layout show it.
  const stages = chain.stages.slice(0, -1);
  const organisations = await insertOrganisations(
    db,
    project.id,
    Array.from({ length: ORGANISATIONS }, (_, i) => {
      const stage = stages[i % stages.length]!;
      const located = random() < 0.7;
      return {
        organisation: {
          name: `Bench Organisation ${i + 1}`,
          type: i % 10 < 7 ? ('firm' as const) : ORGANISATION_TYPES[i % ORGANISATION_TYPES.length]!,
          industryCode: null,
          valueChainStage: i % 20 === 0 ? null : stage.name.en,
          employees: Math.round(5 + random() * 500),
          district: `District ${i % 30}`,
          city: null,
          address: null,
          website: null,
          latitude: located ? 38 + random() * 2 : null,
          longitude: located ? 26.5 + random() * 3 : null,
          notes: null,
        },
        contacts: [],
      };
    }),
  );
  const ids = organisations.map((o) => o.id);
  // Communities of 100: 80% of relations stay inside one, the rest cross to any organisation.
  const seen = new Set<string>();
  const rows = [];
  while (rows.length < RELATIONS) {
    const source = Math.floor(random() * ids.length);
    const community = Math.floor(source / 100);
    const target =
      random() < 0.8
        ? community * 100 + Math.floor(random() * Math.min(100, ids.length - community * 100))
        : Math.floor(random() * ids.length);
    const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!;
    const key = `${source}:${target}:${type}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    rows.push({
      projectId: project.id,
      sourceOrganisationId: ids[source]!,
      targetOrganisationId: ids[target]!,
      relationType: type,
      sharePercent: random() < 0.5 ? Math.round(random() * 60) : null,
      location: random() < 0.7 ? ('same_city' as const) : ('abroad' as const),
      reportedByOrganisationId: ids[source]!,
      createdBy: user.id,
      confirmed: random() < 0.3,
    });
  }
  for (let start = 0; start < rows.length; start += 1000)
    await db.insert(schema.relations).values(rows.slice(start, start + 1000));
  await database.close();
  console.log(JSON.stringify({ email: user.email, password, slug: project.slug }));
}

await main();
