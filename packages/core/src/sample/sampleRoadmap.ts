// The sample bundle's roadmap: settings (from January 1 of the sample's year), the action plan with
// owners, partners, budgets, links to the workshops' success factors and skills and to the cluster
// map's gaps and the statistics' clusters, indicators with a quarterly history, the cluster support
// programme's indicators and two self-assessments. Fixed data: the same day gives the same roadmap.

import type { IsoDate } from '../brand';
import type { ProjectBundleInput } from '../bundle/projectBundle';
import type { BundleRoadmapInput } from '../bundle/projectBundleRoadmap';
import { addDays } from '../brand';
import { skillItemId } from '../roadmap/assembleRoadmapItems';
import { indicatorFromPreset } from '../roadmap/clusterSupportProgrammeIndicators';
import { roadmapKey } from '../roadmap/roadmapItem';
import { addMonths, type HistoryPlan, indicatorHistory } from './sampleIndicatorHistory';
import {
  SAMPLE_ACTIONS,
  type SampleAction,
  type SampleIndicator,
  type SampleOrganisationRef,
} from './sampleRoadmapActions';
import { sampleSelfAssessments } from './sampleSelfAssessments';
import { SAMPLE_WORKSHOP_KEYS } from './sampleWorkshops';
import { SAMPLE_FACTORS, SAMPLE_SKILLS } from './sampleWorkshopTexts';
import type { SampleWorkshop } from './sampleWorkshopScript';

type Organisation = ProjectBundleInput['organisations'][number];
type BundleAction = NonNullable<BundleRoadmapInput['actions']>[number];
type BundleIndicator = NonNullable<BundleRoadmapInput['indicators']>[number];

/** The programme's indicators at roadmap level: baseline and target, and how each stands. */
const PROGRAMME_PLANS: readonly (Omit<HistoryPlan, 'decimals'> & { code: string })[] = [
  {
    code: 'kdp_accredited_coordinating_bodies',
    baseline: 0,
    target: 1,
    health: 'achieved',
    values: 2,
  },
  { code: 'kdp_active_universities', baseline: 1, target: 3, health: 'on_track', values: 4 },
  { code: 'kdp_active_firms', baseline: 18, target: 60, health: 'on_track', values: 4 },
  {
    code: 'kdp_firms_improving_cooperation',
    baseline: 0,
    target: 30,
    health: 'on_track',
    values: 3,
  },
  { code: 'kdp_shared_facilities', baseline: 0, target: 2, health: 'on_track', values: 2 },
  { code: 'kdp_shared_facility_users', baseline: 0, target: 40, health: 'on_track', values: 3 },
  { code: 'kdp_new_products', baseline: 0, target: 15, health: 'on_track', values: 3 },
];

/** Finds the sample's organisations by reference (SampleOrganisationRef); throws for a name it lacks. */
function organisationFinder(organisations: readonly Organisation[]) {
  const byName = new Map(organisations.map((o) => [o.name, o.key]));
  const firms = organisations
    .filter((o) => o.type === 'firm')
    .sort((a, b) => (b.employees ?? 0) - (a.employees ?? 0));
  const firm = (n: number) => firms[n - 1]?.key ?? null;
  return (ref: SampleOrganisationRef): string | null => {
    if (ref.startsWith('firm:')) return firm(Number(ref.slice('firm:'.length)));
    if (ref.startsWith('provider:')) {
      const nace = ref.slice('provider:'.length);
      const provider = organisations.find(
        (o) => o.type === 'service_provider' && o.industryCode === nace,
      );
      return provider?.key ?? firm(5);
    }
    const key = byName.get(ref);
    if (key === undefined) throw new Error(`sample roadmap: no organisation "${ref}"`);
    return key;
  };
}

/**
 * The item keys of the workshops' vision, success factors (SAMPLE_FACTORS order) and skills
 * (SAMPLE_SKILLS order), as the roadmap's assembly makes them, the workshops named by their
 * bundle keys. Throws when a workshop's results lack one (the sample is inconsistent).
 */
export function sampleWorkshopItemKeys(workshops: readonly SampleWorkshop[]) {
  const results = (key: string) => {
    const found = workshops.find((w) => w.key === key)?.results;
    if (!found) throw new Error(`sample roadmap: the workshop ${key} has no results`);
    return found;
  };
  const factorResults = results(SAMPLE_WORKSHOP_KEYS.factors).factors;
  const skillResults = results(SAMPLE_WORKSHOP_KEYS.skills).skills;
  const find = <T extends { text: string }>(list: readonly T[], text: string): T => {
    const item = list.find((each) => each.text === text);
    if (!item) throw new Error(`sample roadmap: no workshop result "${text}"`);
    return item;
  };
  return {
    vision: roadmapKey.vision(SAMPLE_WORKSHOP_KEYS.vision),
    factors: SAMPLE_FACTORS.map((f) =>
      roadmapKey.factor(SAMPLE_WORKSHOP_KEYS.factors, find(factorResults, f.text).id),
    ),
    skills: SAMPLE_SKILLS.map((s) =>
      roadmapKey.skill(SAMPLE_WORKSHOP_KEYS.skills, skillItemId(find(skillResults, s.text))),
    ),
  };
}

function indicator(
  plan: SampleIndicator,
  baselineOn: IsoDate,
  dueOn: IsoDate,
  today: IsoDate,
): BundleIndicator {
  const history = indicatorHistory(plan, baselineOn, dueOn, today);
  return {
    name: plan.name,
    unit: plan.unit,
    baseline: plan.baseline,
    baselineOn,
    target: plan.target,
    dueOn,
    values: history.map(({ on, value }, i) => ({
      on,
      value,
      unit: plan.unit,
      note: i === history.length - 1 ? (plan.note ?? '') : '',
    })),
  };
}

function action(
  plan: SampleAction,
  context: {
    today: IsoDate;
    startsOn: IsoDate;
    organisation: (ref: SampleOrganisationRef) => string | null;
    keys: ReturnType<typeof sampleWorkshopItemKeys>;
  },
): BundleAction {
  const { today, startsOn, organisation, keys } = context;
  const { timing } = plan;
  const startOn =
    timing.status === 'done'
      ? addMonths(today, -timing.startMonthsAgo)
      : addMonths(today, timing.startMonths);
  const endOn =
    timing.status === 'done'
      ? addDays(today, -timing.endDaysAgo)
      : addDays(addMonths(startsOn, timing.endMonths), -1);
  const owner = organisation(plan.owner);
  const partners = [...new Set(plan.partners.map(organisation))].filter(
    (key): key is string => key !== null && key !== owner,
  );
  // Indicators of an action under way start from its first day; planned ones from what is known now.
  const baselineOn = startOn < today ? startOn : addDays(today, -1);
  return {
    title: plan.title,
    objective: plan.objective,
    layer: plan.layer,
    itemKeys: [
      ...(plan.vision ? [keys.vision] : []),
      ...plan.factors.map((i) => keys.factors[i] as string),
      ...plan.skills.map((i) => keys.skills[i] as string),
      ...plan.otherKeys,
    ],
    ownerOrganisationKey: owner,
    partnerOrganisationKeys: partners,
    startOn,
    endOn,
    budget: plan.budget,
    currency: 'TRY',
    fundingSource: plan.fundingSource,
    status: timing.status,
    indicators: plan.indicators.map((each) => indicator(each, baselineOn, endOn, today)),
  };
}

/**
 * The sample's roadmap part on `today`: it starts on January 1 of today's year; actions under way
 * and done started months before (their indicators' values fall on the quarter ends since), the
 * planned ones start in the coming months; the programme's indicators count from 15 months ago to
 * the end of the roadmap's third year.
 */
export function sampleRoadmap(
  organisations: readonly Organisation[],
  workshops: readonly SampleWorkshop[],
  today: IsoDate,
): BundleRoadmapInput {
  const startsOn = `${today.slice(0, 4)}-01-01` as IsoDate;
  const context = {
    today,
    startsOn,
    organisation: organisationFinder(organisations),
    keys: sampleWorkshopItemKeys(workshops),
  };
  const programmeStart = addMonths(today, -15);
  const programmeDue = addDays(addMonths(startsOn, 36), -1);
  const indicators = PROGRAMME_PLANS.flatMap(({ code, ...plan }) => {
    const preset = indicatorFromPreset(code, 'tr', {
      baseline: plan.baseline,
      baselineOn: programmeStart,
      target: plan.target,
      dueOn: programmeDue,
    });
    if (!preset) return [];
    const history = indicatorHistory(plan, programmeStart, programmeDue, today);
    return [
      {
        ...preset,
        values: history.map(({ on, value }) => ({ on, value, unit: preset.unit, note: '' })),
      },
    ];
  });
  return {
    settings: { startsOn },
    items: [],
    actions: SAMPLE_ACTIONS.map((plan) => action(plan, context)),
    indicators,
    selfAssessments: sampleSelfAssessments(today),
  };
}
