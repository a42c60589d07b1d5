// The sample's answers of one firm to the firm interview (all but the relation questions),
// consistent with its registry record: the same name, stage, employees and district.

import type { Answers } from '../survey/answers';
import { VALUE_CHAIN_STAGE_CHOICES } from '../survey/templates/valueChainStageChoices';
import type { SampleRandom } from './sampleRandom';
import {
  BARRIER_COMMENTS,
  CLOSING_COMMENTS,
  COOPERATION_EXPERIENCES,
  PRODUCTS_BY_STAGE,
  RESPONDENT_ROLES,
} from './sampleFieldStudyTexts';

/** What the answers are made from: the organisation as the registry has it. */
export interface RespondingFirm {
  name: string;
  valueChainStage?: string | null;
  employees?: number | null;
  district?: string | null;
}

/** The choice value of a registry stage name ("Casting" -> "casting"). */
export function stageValueOf(stage: string | null | undefined): string {
  return VALUE_CHAIN_STAGE_CHOICES.find((c) => c.text.en === stage)?.value ?? 'other';
}

/** How strongly each barrier weighs on a firm: the lowest and highest score it may get. */
const BARRIER_RANGES: Record<string, [number, number]> = {
  finance: [2, 5],
  skilled_labour: [3, 5],
  energy_cost: [3, 5],
  raw_material_cost: [2, 5],
  regulation: [1, 4],
  market_access: [2, 5],
  technology: [2, 4],
  infrastructure: [1, 4],
  environment: [2, 5],
};

const NEEDS = [
  'training',
  'training',
  'testing_lab',
  'testing_lab',
  'joint_purchasing',
  'export_promotion',
  'rd_projects',
  'design_support',
  'certification',
  'finance_access',
  'digitalisation',
  'energy_efficiency',
] as const;

export function sampleFirmAnswers(firm: RespondingFirm, random: SampleRandom): Answers {
  const { pick, between, chance, some } = random;
  const employees = firm.employees ?? between(5, 100);
  const stage = stageValueOf(firm.valueChainStage);
  const services = ['design_engineering', 'testing_certification', 'distribution', 'after_sales'];
  const answers: Answers = {
    firm_name: firm.name,
    respondent_role: pick(RESPONDENT_ROLES),
    founding_year: between(1965, 2019),
    legal_form: firm.name.includes('A.Ş.') ? 'joint_stock' : 'limited',
    main_products: pick(PRODUCTS_BY_STAGE[firm.valueChainStage ?? ''] ?? ['Makine parçaları']),
    value_chain_stage: stage,
    employees,
    district: firm.district ?? 'Bornova',
    turnover_band: chance(0.1)
      ? 'no_answer'
      : employees < 10
        ? 'under_10m'
        : employees < 50
          ? pick(['under_10m', '10m_50m'])
          : employees < 120
            ? pick(['10m_50m', '50m_250m'])
            : pick(['50m_250m', '250m_1b']),
    capacity_utilisation: between(55, 92),
  };

  // Manufacturers export more often than suppliers of materials and services.
  const exportOdds = services.includes(stage) || stage === 'raw_materials' ? 0.15 : 0.5;
  answers.exports = chance(exportOdds) ? 'direct' : pick(['indirect', 'indirect', 'none']);
  if (answers.exports === 'direct') {
    answers.export_share = between(1, 14) * 5;
    const markets = some(
      [
        'eu',
        'eu',
        'middle_east',
        'north_africa',
        'turkic_central_asia',
        'russia_caucasus',
        'americas',
      ],
      between(1, 3),
    );
    answers.export_markets = [...new Set(markets)];
    if (chance(0.15)) answers.export_markets.push('other:Balkanlar');
  } else {
    answers.export_intent = pick(['yes', 'maybe', 'maybe', 'no']);
  }

  answers.rd_spend_share = employees < 20 ? between(0, 2) : between(0, 6);
  answers.rd_unit =
    employees >= 100 && chance(0.4) ? 'registered_centre' : pick(['informal_team', 'none', 'none']);
  answers.new_products = pick(['new_to_market', 'new_to_firm', 'new_to_firm', 'none']);
  answers.patents = chance(0.25) ? between(1, 4) : 0;
  const certificates = some(
    ['iso_9001', 'iso_9001', 'iso_14001', 'iso_45001', 'ce', 'iso_50001', 'iatf_16949'],
    between(1, 3),
  );
  answers.certifications = employees < 15 && chance(0.4) ? ['none'] : [...new Set(certificates)];
  answers.digital_use = employees < 20 ? between(1, 3) : between(2, 5);

  answers.trust = pick([2, 2, 3, 3, 3, 4, 4, 5]);
  answers.cooperation_level = pick([1, 2, 2, 3, 3, 4, 5]);
  answers.cooperation_with = some(
    [
      'competitors',
      'suppliers',
      'customers',
      'universities',
      'chambers',
      'public_agencies',
      'finance',
    ],
    between(1, 4),
  );
  answers.cooperation_areas = some(
    [
      'joint_purchasing',
      'joint_marketing',
      'shared_equipment',
      'joint_training',
      'joint_rd',
      'capacity_sharing',
    ],
    between(1, 3),
  );
  if (chance(0.6)) answers.cooperation_experience = pick(COOPERATION_EXPERIENCES);

  answers.barriers = Object.fromEntries(
    Object.entries(BARRIER_RANGES).map(([row, [low, high]]) => [row, String(between(low, high))]),
  );
  if (chance(0.5)) answers.barrier_comment = pick(BARRIER_COMMENTS);

  answers.needs = [...new Set(some(NEEDS, between(2, 5)))];
  if (chance(0.1)) answers.needs.push('other:Ortak kalıphane ve model atölyesi');
  answers.cluster_interest = pick([2, 3, 3, 4, 4, 4, 5, 5]);
  answers.contribution = some(
    ['staff_time', 'staff_time', 'venue', 'membership_fee', 'co_funding', 'data'],
    between(1, 3),
  ).filter((value, i, all) => all.indexOf(value) === i);
  if (chance(0.4)) answers.closing_comments = pick(CLOSING_COMMENTS);
  return answers;
}
