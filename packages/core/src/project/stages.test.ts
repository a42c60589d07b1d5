// Progress of the roadmap process's stages, and stage 1's steps in particular.

import { describe, expect, it } from 'vitest';
import {
  fieldStudyStageProgress,
  progressOf,
  stakeholderStageProgress,
  type StakeholderStageFacts,
} from './stages';

const nothing: StakeholderStageFacts = {
  organisations: 0,
  visits: 0,
  assessed: 0,
  criteriaMet: false,
  decision: null,
};

describe('stakeholderStageProgress', () => {
  it('is not started with nothing done, its five steps listed in process order', () => {
    const progress = stakeholderStageProgress(nothing);
    expect(progress).toMatchObject({
      stage: 'stakeholder_visits',
      status: 'not_started',
      progress: 0,
    });
    expect(progress.steps).toEqual([
      { id: 'register_organisations', done: false },
      { id: 'log_visits', done: false },
      { id: 'assess_commitment', done: false },
      { id: 'meet_gate_criteria', done: false },
      { id: 'record_go_decision', done: false },
    ]);
  });

  it('is in progress by a fifth for each step done', () => {
    expect(stakeholderStageProgress({ ...nothing, organisations: 3 })).toMatchObject({
      status: 'in_progress',
      progress: 0.2,
    });
    expect(
      stakeholderStageProgress({ ...nothing, organisations: 60, visits: 30, assessed: 54 }),
    ).toMatchObject({ status: 'in_progress', progress: 0.6 });
  });

  it('is not done while the recorded decision is no-go, even with the criteria met', () => {
    const progress = stakeholderStageProgress({
      organisations: 60,
      visits: 30,
      assessed: 54,
      criteriaMet: true,
      decision: 'no_go',
    });
    expect(progress).toMatchObject({ status: 'in_progress', progress: 0.8 });
    expect(progress.steps.at(-1)).toEqual({ id: 'record_go_decision', done: false });
  });

  it('is done with every step done, a go decision last', () => {
    expect(
      stakeholderStageProgress({
        organisations: 60,
        visits: 30,
        assessed: 54,
        criteriaMet: true,
        decision: 'go',
      }),
    ).toMatchObject({ status: 'done', progress: 1 });
  });
});

describe('progressOf', () => {
  it('is not started with no steps at all', () => {
    expect(progressOf('field_study', [])).toEqual({
      stage: 'field_study',
      status: 'not_started',
      progress: 0,
      steps: [],
    });
  });

  it('is done only when every step is done', () => {
    const steps = [
      { id: 'a', done: true },
      { id: 'b', done: true },
      { id: 'c', done: false },
    ];
    expect(progressOf('workshops', steps)).toMatchObject({
      status: 'in_progress',
      progress: 2 / 3,
    });
    expect(progressOf('workshops', steps.slice(0, 2))).toMatchObject({
      status: 'done',
      progress: 1,
    });
  });
});

describe('fieldStudyStageProgress', () => {
  it('counts the secondary research steps', () => {
    const none = fieldStudyStageProgress({
      datasets: 0,
      definitions: 0,
      analysisChosen: false,
      focusRegion: false,
      smesReached: 0,
    });
    expect(none.status).toBe('not_started');
    const some = fieldStudyStageProgress({
      datasets: 1,
      definitions: 1,
      analysisChosen: false,
      focusRegion: false,
      smesReached: 0,
    });
    expect(some).toMatchObject({ stage: 'field_study', status: 'in_progress', progress: 2 / 7 });
    const research = fieldStudyStageProgress({
      datasets: 2,
      definitions: 1,
      analysisChosen: true,
      focusRegion: true,
      smesReached: 29,
    });
    // The primary research, the cluster map and the working group are still to come.
    expect(research).toMatchObject({ status: 'in_progress', progress: 4 / 7 });
  });

  it('ticks the primary research once 30 distinct SMEs are reached', () => {
    const facts = {
      datasets: 1,
      definitions: 1,
      analysisChosen: true,
      focusRegion: true,
    };
    const steps = (smesReached: number) =>
      fieldStudyStageProgress({ ...facts, smesReached }).steps.find(
        (s) => s.id === 'reach_30_smes',
      );
    expect(steps(29)?.done).toBe(false);
    expect(steps(30)?.done).toBe(true);
  });
});
