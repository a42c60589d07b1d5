// The sample's workshops: three closed workshops of the working group whose logged commands the
// engine accepts one by one and replays to the stored results, with a Turkish vision, weighted
// factors in all four quadrants and skills filed under them.

import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../brand';
import { mulberry32 } from '../random/mulberry32';
import { applyCommand } from '../workshop/applyCommand';
import { IPA_QUADRANTS } from '../workshop/importancePerformance';
import { replayCommands } from '../workshop/replayCommands';
import { workshopDefinitionSchema } from '../workshop/workshopModel';
import { workshopResults } from '../workshop/workshopResults';
import { createWorkshopState } from '../workshop/workshopState';
import { workshopTemplate } from '../workshop/workshopTemplates';
import { generateSampleProject } from './generateSampleProject';
import { sampleWorkingGroup } from './sampleWorkingGroup';
import { SAMPLE_WORKSHOP_KEYS } from './sampleWorkshops';

const today = '2026-03-01' as IsoDate;
const sample = (seed = 20_261_126, day = today) =>
  generateSampleProject({ today: day, rng: mulberry32(seed) });
const bundle = sample();
const [vision, factors, skills] = bundle.workshops;

describe('the sample workshops', () => {
  it('are the vision, success factors and skills workshops, closed, 60, 45 and 30 days before the day', () => {
    expect(bundle.workshops.map((w) => [w.key, w.template, w.status])).toEqual([
      [SAMPLE_WORKSHOP_KEYS.vision, 'vision', 'closed'],
      [SAMPLE_WORKSHOP_KEYS.factors, 'key_success_factors', 'closed'],
      [SAMPLE_WORKSHOP_KEYS.skills, 'requisite_skills', 'closed'],
    ]);
    const days = bundle.workshops.map((w) => w.createdAt?.slice(0, 10));
    expect(days).toEqual([addDays(today, -60), addDays(today, -45), addDays(today, -30)]);
    for (const w of bundle.workshops) {
      expect(w.updatedAt && w.createdAt && w.updatedAt > w.createdAt).toBe(true);
      expect(w.events.at(-1)?.at).toBe(w.updatedAt);
    }
  });

  it('use the templates the server makes, the skills filed under the factors workshop’s results', () => {
    expect(vision?.definition).toEqual(workshopTemplate('vision'));
    expect(factors?.definition).toEqual(workshopTemplate('key_success_factors'));
    const factorItems = factors?.results?.factors.map(({ id, text }) => ({ id, text })) ?? [];
    expect(skills?.definition).toEqual(
      workshopTemplate('requisite_skills', { factors: factorItems }),
    );
    for (const w of bundle.workshops)
      expect(workshopDefinitionSchema.safeParse(w.definition).success).toBe(true);
  });

  it('logs only commands the engine accepts, each in turn, and replays to the stored results', () => {
    for (const w of bundle.workshops) {
      let state = createWorkshopState(w.definition, Date.parse(w.createdAt ?? ''));
      w.events.forEach((event, i) => {
        const result = applyCommand(state, event.command, Date.parse(event.at));
        expect(result.ok ? null : result.error, `${w.key} event ${i + 1}`).toBeNull();
        if (result.ok) state = result.state;
      });
      const log = w.events.map((e) => ({ command: e.command, at: Date.parse(e.at) }));
      const replayed = replayCommands(w.definition, Date.parse(w.createdAt ?? ''), log);
      expect(replayed).toEqual(state);
      expect(w.results).toEqual(workshopResults(replayed));
      // Every round was closed by the facilitator.
      expect(Object.values(replayed.rounds).every((round) => round.closed)).toBe(true);
    }
  });

  it('seat the agency as facilitator and members of the working group, each actor a seat', () => {
    const group = new Set(
      sampleWorkingGroup(bundle.organisations, bundle.commitments).map((s) => s.key),
    );
    const agency = bundle.organisations.find((o) => o.name.startsWith('İzmir Bölge Kalkınma'));
    for (const w of bundle.workshops) {
      const [facilitator, ...members] = w.participants;
      expect(facilitator).toMatchObject({ isFacilitator: true, organisationKey: agency?.key });
      expect(members.length).toBeGreaterThanOrEqual(10);
      for (const m of members) {
        expect(m.isFacilitator).toBe(false);
        expect(group.has(m.organisationKey ?? '')).toBe(true);
      }
      const seats = new Set(w.participants.map((p) => p.key));
      for (const e of w.events) expect(seats.has(e.participantKey ?? '')).toBe(true);
    }
  });

  it('draw the working group from institutions and the largest committed businesses', () => {
    const group = sampleWorkingGroup(bundle.organisations, bundle.commitments);
    const types = group.map((s) => bundle.organisations.find((o) => o.key === s.key)?.type);
    expect(types).toContain('chamber');
    expect(types).toContain('university');
    expect(types.filter((t) => t === 'firm' || t === 'supplier').length).toBeGreaterThanOrEqual(6);
  });

  it('decide a Turkish vision statement that most members confirm', () => {
    const result = vision?.results?.vision;
    expect(result?.text).toMatch(/^İzmir makine, metal ve döküm kümesi/);
    expect(result?.confirmedBy).toBeGreaterThanOrEqual(8);
  });

  it('weigh 8 to 10 success factors, summing to 1, in all four importance-performance quadrants', () => {
    const items = factors?.results?.factors ?? [];
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.length).toBeLessThanOrEqual(10);
    expect(items.reduce((sum, f) => sum + (f.weight ?? 0), 0)).toBeCloseTo(1, 9);
    expect(new Set(items.map((f) => f.quadrant))).toEqual(new Set(IPA_QUADRANTS));
    for (const f of items) expect(f.performance).toBeGreaterThanOrEqual(1);
  });

  it('rate 10 to 14 skills, each under a success factor, with a shortfall to close', () => {
    const factorIds = new Set(factors?.results?.factors.map((f) => f.id));
    const items = skills?.results?.skills ?? [];
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.length).toBeLessThanOrEqual(14);
    for (const s of items) {
      expect(factorIds.has(s.factorId ?? '')).toBe(true);
      expect(s.importance).not.toBeNull();
      expect(s.gap).toBeGreaterThan(0);
    }
  });

  it('are the same workshops for the same seed and day', () => {
    expect(sample().workshops).toEqual(bundle.workshops);
    expect(sample(7).workshops[1]?.results).not.toEqual(factors?.results);
  });
});
