// The derivation in a worker thread answers as in-process, passes the engine's bad-input errors
// on as StatsInputError, and is stopped at its time limit.

import { describe, expect, it } from 'vitest';
import { StatsInputError } from '@kume/core/stats/statsInputError';
import { HttpError } from '../http/httpError';
import type { DeriveJob } from './deriveDefinitionsCompute';
import { runDerivation } from './deriveDefinitionsThread';

/** Six regions, two blocks of three industries, each block concentrated in alternate regions. */
function job(clusters: number): DeriveJob {
  const regions = ['A', 'B', 'C', 'D', 'E', 'F'];
  const industries = ['11', '12', '13', '21', '22', '23'];
  const employment = new Float64Array(regions.length * industries.length);
  regions.forEach((_, r) =>
    industries.forEach((code, i) => {
      const home = (r % 2 === 0) === code.startsWith('1');
      employment[r * industries.length + i] = (home ? 300 : 20) + ((r * 7 + i * 3) % 11);
    }),
  );
  return {
    year: 2015,
    employment: { regions, industries, employment },
    variable: 'share',
    method: 'hierarchical',
    clusters,
    seed: 1,
    names: { '11': 'Eleven' },
  };
}

const withoutTime = ({ seconds: _, ...answer }: { seconds: number }) => answer;

describe('runDerivation', () => {
  it('answers in a worker thread exactly as in-process', async () => {
    const threaded = await runDerivation(job(2));
    const inline = await runDerivation(job(2), { inline: true });
    expect(withoutTime(threaded)).toEqual(withoutTime(inline));
    expect(threaded.results[0]!.clusters.map((c) => [...c.industries].sort())).toEqual([
      ['11', '12', '13'],
      ['21', '22', '23'],
    ]);
    expect(threaded.industries[0]).toEqual({ code: '11', name: 'Eleven' });
  });

  it("passes the engine's bad-input message on as a StatsInputError", async () => {
    const error = await runDerivation(job(7)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StatsInputError);
    expect((error as Error).message).toBe('7 clusters is more than the 6 industries to cluster');
  });

  it('stops a derivation over its time limit with a 400 that says so', async () => {
    const error = await runDerivation(job(2), { timeLimitMs: 1 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).statusCode).toBe(400);
    expect((error as Error).message).toMatch(/took longer than 1 s and was stopped/);
  });
});
