// The sample project: repeatable from its seed, valid as a bundle, and part-way through stage 1
// with the readiness gate short of committed firms only.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import { projectBundleSchema, type ProjectBundle } from '../bundle/projectBundle';
import { latestCommitments } from '../commitment/latestCommitments';
import { mulberry32 } from '../random/mulberry32';
import { assessReadiness } from '../readiness/assessReadiness';
import { generateSampleProject, SAMPLE_SLUG } from './generateSampleProject';

/** The seed the server makes the sample with (SAMPLE_SEED in packages/server/src/sampleProject.ts). */
const SERVER_SEED = 20_261_126;
const today = '2026-03-01' as IsoDate;
const sample = (seed = SERVER_SEED, day = today) =>
  generateSampleProject({ today: day, rng: mulberry32(seed) });

/** The readiness gate over a bundle, reading it as the database would store it. */
function readinessOf(bundle: ProjectBundle) {
  const latest = latestCommitments(
    bundle.commitments.map((c, i) => ({
      ...c,
      organisationId: c.organisationKey,
      // Imported in bundle order: a later entry was recorded later.
      recordedAt: String(i).padStart(8, '0'),
    })),
  );
  return assessReadiness({
    organisations: bundle.organisations.map((o) => ({ id: o.key, type: o.type })),
    willingness: new Map([...latest].map(([key, c]) => [key, c.willingness])),
    visitedOrganisationIds: new Set(bundle.visits.flatMap((v) => v.organisationKeys)),
    thresholds: bundle.project.readinessThresholds,
    decision: null,
  });
}

describe('generateSampleProject', () => {
  it('gives identical projects for the same seed and day', () => {
    expect(sample()).toEqual(sample());
  });

  it('gives another project for another seed', () => {
    expect(sample(1).organisations).not.toEqual(sample(2).organisations);
  });

  it('is a clearly labelled sample with the slug "sample"', () => {
    const { project } = sample();
    expect(project).toMatchObject({ slug: SAMPLE_SLUG, isSample: true });
    expect(project.name).toContain('örnek');
    expect(project.description).toMatch(/^SAMPLE DATA/);
  });

  it('has about 60 organisations, with chambers and universities, with unique names', () => {
    const { organisations } = sample();
    expect(organisations.length).toBeGreaterThanOrEqual(55);
    expect(organisations.length).toBeLessThanOrEqual(65);
    const types = organisations.map((o) => o.type);
    expect(types).toContain('chamber');
    expect(types).toContain('university');
    expect(new Set(organisations.map((o) => o.name)).size).toBe(organisations.length);
  });

  it('is a valid project bundle', () => {
    const result = projectBundleSchema.safeParse(sample());
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has visits and follow-ups dated before the day it is made', () => {
    const { visits } = sample();
    expect(visits.length).toBeGreaterThan(10);
    for (const visit of visits) expect(visit.visitedOn < today).toBe(true);
    expect(visits.some((v) => v.followUps.length > 0)).toBe(true);
  });

  it('is no-go only for committed firms, 18 of 20', () => {
    const result = readinessOf(sample());
    expect(result.criteriaOutcome).toBe('no_go');
    expect(result.checks.filter((c) => !c.met)).toEqual([
      { id: 'committed_firms', met: false, actual: 18, required: 20, missing: 2 },
    ]);
  });

  it('gives the same gate on any day it is made', () => {
    const checks = readinessOf(sample(SERVER_SEED, '2030-07-15' as IsoDate)).checks;
    expect(checks).toEqual(readinessOf(sample()).checks);
  });

  it('never has more than 18 committed firms, whatever the seed', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const firms = readinessOf(sample(seed)).checks.find((c) => c.id === 'committed_firms');
      expect(firms?.actual, `seed ${seed}`).toBeLessThanOrEqual(18);
    }
  });
});
