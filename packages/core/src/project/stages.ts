// The five stages of the roadmap process and how far a project has come in each.

export const STAGES = [
  'stakeholder_visits',
  'field_study',
  'information_day',
  'workshops',
  'roadmap',
] as const;
export type Stage = (typeof STAGES)[number];

export type StageStatus = 'not_started' | 'in_progress' | 'done';

export interface StageStep {
  id: string;
  done: boolean;
}

export interface StageProgress {
  stage: Stage;
  status: StageStatus;
  /** Share of steps done, 0-1. */
  progress: number;
  steps: StageStep[];
}

export interface StakeholderStageFacts {
  organisations: number;
  visits: number;
  assessed: number;
  criteriaMet: boolean;
  decision: 'go' | 'no_go' | null;
}

/** Stage 1 is done when the facilitator has recorded a go decision; each step counts equally. */
export function stakeholderStageProgress(facts: StakeholderStageFacts): StageProgress {
  const steps: StageStep[] = [
    { id: 'register_organisations', done: facts.organisations > 0 },
    { id: 'log_visits', done: facts.visits > 0 },
    { id: 'assess_commitment', done: facts.assessed > 0 },
    { id: 'meet_gate_criteria', done: facts.criteriaMet },
    { id: 'record_go_decision', done: facts.decision === 'go' },
  ];
  return progressOf('stakeholder_visits', steps);
}

export interface FieldStudyStageFacts {
  datasets: number;
  definitions: number;
  /** The analyst has chosen a dataset and a definition for the project. */
  analysisChosen: boolean;
  focusRegion: boolean;
  /** Distinct SMEs reached by responses, interviews and focus groups (quotaProgress). */
  smesReached: number;
  /** The field study's SME target (30 unless the project says otherwise). */
  smeTarget?: number;
}

/**
 * Stage 2: the secondary research (statistics imported, a cluster definition, the choices made, a
 * focus region), then the primary research with at least 30 SMEs, the cluster map and the working
 * group. Kume does not record the last two yet (their issues are open), so they stay open and the
 * stage cannot read as done before they are.
 */
export function fieldStudyStageProgress(facts: FieldStudyStageFacts): StageProgress {
  return progressOf('field_study', [
    { id: 'import_statistics', done: facts.datasets > 0 },
    { id: 'import_cluster_definition', done: facts.definitions > 0 },
    { id: 'choose_analysis', done: facts.analysisChosen },
    { id: 'choose_focus_region', done: facts.focusRegion },
    { id: 'reach_30_smes', done: facts.smesReached >= (facts.smeTarget ?? 30) },
    { id: 'draw_cluster_map', done: false },
    { id: 'form_working_group', done: false },
  ]);
}

export function progressOf(stage: Stage, steps: StageStep[]): StageProgress {
  const done = steps.filter((step) => step.done).length;
  const progress = steps.length === 0 ? 0 : done / steps.length;
  const status: StageStatus =
    steps.length > 0 && done === steps.length ? 'done' : done > 0 ? 'in_progress' : 'not_started';
  return { stage, status, progress, steps };
}
