// The roadmap document in English (see RoadmapDocumentWords).

import type { RoadmapDocumentWords } from './roadmapDocumentWords';

/** English plural: "1 action", "3 actions". */
const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export const ROADMAP_WORDS_EN: RoadmapDocumentWords = {
  title: 'Cluster Roadmap',
  subtitle: (period) => `Vision, action plan, budget and monitoring${period ? `, ${period}` : ''}`,
  sections: {
    summary: 'Summary',
    startingPoint: 'The starting point',
    vision: 'The vision',
    factors: 'Key success factors',
    skills: 'Skills and capabilities gaps',
    actionPlan: 'The action plan',
    timeline: 'The roadmap by term and layer',
    budget: 'The budget',
    monitoring: 'Monitoring',
    coverage: 'Coverage of the needs',
    selfAssessment: 'Cluster management self-assessment',
    network: 'Change in the cluster network',
    annex: 'Annex: the source of every item',
  },
  actionPrefix: 'A',
  notYet: 'Not available yet',
  sample: {
    title: 'Sample data',
    text: "This document was made from Kume's sample project: its organisations, figures and actions are invented and describe no real cluster initiative.",
  },
  missing: {
    no_vision_workshop:
      'The vision workshop has not been held and closed yet. Run it on the Workshops page, then assemble the roadmap again on the Roadmap page.',
    no_factors_workshop:
      'The key success factors workshop has not been held and closed yet. Run it on the Workshops page, then assemble the roadmap again on the Roadmap page.',
    no_skills_workshop:
      'The skills and capabilities workshop has not been held and closed yet. Run it on the Workshops page, then assemble the roadmap again on the Roadmap page.',
    no_value_chain:
      'The cluster map has no value chain yet. Choose one under Cluster map › Value chain, then assemble the roadmap again on the Roadmap page.',
    no_relations:
      'No relations between organisations have been recorded yet. Enter them under Primary research › Relations or in the firm interviews, then assemble the roadmap again.',
    no_statistics_settings:
      'The secondary research has no dataset, focus region and focus clusters chosen yet. Choose them under Secondary research, then assemble the roadmap again.',
  },
  notAssembled:
    'The roadmap has not been assembled yet: the findings of the workshops, the cluster map and the statistics have not been gathered as items. Assemble it on the Roadmap page.',
  noActions: 'The action plan has no action yet. Add actions under Roadmap › Action plan.',
  layers: {
    market: 'Market',
    products_services: 'Products and services',
    capabilities: 'Capabilities',
    resources: 'Resources',
  },
  horizons: { short: 'Short term', medium: 'Medium term', long: 'Long term' },
  horizonsShort: { short: 'Short', medium: 'Medium', long: 'Long' },
  statuses: {
    planned: 'Planned',
    in_progress: 'In progress',
    done: 'Done',
    delayed: 'Delayed',
    cancelled: 'Cancelled',
  },
  health: {
    achieved: 'Achieved',
    on_track: 'On track',
    at_risk: 'At risk',
    late: 'Late',
    no_data: 'No data',
  },
  kinds: {
    vision: 'Vision',
    success_factor: 'Success factor',
    skill_gap: 'Skills gap',
    value_chain_gap: 'Value-chain gap',
    investment_need: 'Investment need',
    cluster: 'Cluster',
  },
  quadrants: {
    concentrate_here: 'Concentrate here',
    keep_up: 'Keep up the good work',
    low_priority: 'Low priority',
    possible_overkill: 'Possible overkill',
  },
  standings: { strong: 'Strong', emerging: 'Emerging', focus: 'Focus' },
  levels: { below: 'Below bronze', bronze: 'Bronze', silver: 'Silver', gold: 'Gold' },
  changes: {
    improved: 'Improved',
    fell: 'Fell',
    unchanged: 'Unchanged',
    not_comparable: 'Not comparable',
  },
  common: {
    source: (label) => `Source: ${label}.`,
    none: 'None',
    notStated: 'Not stated',
    unowned: 'No owner yet',
    uncosted: 'Not costed',
    total: 'Total',
    actions: 'Actions',
    budget: (currency) => `Budget (${currency})`,
    share: 'Share (%)',
    item: 'Item',
    kind: 'Kind',
    gone: 'no longer in its source',
  },
  summary: {
    intro: (project, region) =>
      `This roadmap sets out, for ${project}${region ? ` (${region})` : ''}, where the cluster wants to be, what decides its success, the skills and value-chain gaps it must close, and the actions that answer them, with their owners, terms, budgets and indicators. Every figure names its source; the table in the annex traces each item to its source and to the actions that address it.`,
    glance: 'At a glance',
    startsOn: 'The roadmap starts on',
    span: 'The actions run',
    actionCount: 'Actions',
    statusCounts: 'By status',
    factorsAddressed: 'Success factors addressed',
    uncoveredGaps: 'Large gaps without an action',
    totalBudget: 'Total budget',
    uncostedActions: (count) => `${n(count, 'action')} not costed yet`,
    indicators: 'Indicators',
    healthLine: (parts) => parts,
    budgetByTerm: 'Budget by term',
    budgetByFunding: 'Budget by funding source',
    healthHeading: 'Health of the indicators',
    noIndicators:
      'No indicator has been set yet. Add indicators to the actions under Roadmap › Action plan, and the programme indicators under Roadmap › Monitoring.',
  },
  start: {
    intro:
      'Where the cluster stands today, from the secondary research (regional employment statistics) and the cluster map of the field study.',
    clusters: 'Strong and emerging clusters',
    clusterColumns: ['Cluster', 'Standing', 'LQ', 'Employment', 'Growth (% a year)'],
    lqNote:
      "LQ (location quotient): the region's share of its employment in the cluster divided by the nation's share; above 1 the cluster is more concentrated in the region than in the country. Strong: flagged by the statistics' strong-cluster rule. Emerging: LQ between 0.5 and 1, employment growing faster than the benchmark.",
    lqCaption: (source) => `Location quotient of the strong and emerging clusters (${source})`,
    noClusters: 'The statistics name no strong or emerging cluster in the region.',
    gaps: 'Value-chain gaps and investment needs',
    gapColumns: ['Gap', 'Kind', 'Score (0-1)', 'What it calls for'],
    gapNote:
      'Score: how serious the gap is, from 0 to 1 (1: a stage of the value chain with no local actor). Investment needs call for new capacity in the region; value-chain gaps are worked on with the firms already there.',
    noGaps: 'The cluster map shows no gap in the value chain.',
  },
  vision: {
    confirmed: (count) =>
      count === 0
        ? 'No participant has confirmed it yet.'
        : `Confirmed by ${n(count, 'participant')}.`,
    source: (title, date) => `From the workshop “${title}”, closed on ${date}.`,
    factors: (list) => `To reach it, the working group gave the most weight to: ${list}.`,
    plan: (count, parts) => `The action plan answers with ${n(count, 'action')}: ${parts}.`,
    layerPart: (layer, count) => `${count} in ${layer.toLowerCase()}`,
  },
  factors: {
    intro:
      "The factors that decide the cluster's success, as the working group weighted them and rated the cluster's performance on each today.",
    columns: ['No', 'Success factor', 'Weight (%)', 'Performance (1-5)', 'Quadrant', 'Actions'],
    caption: "Weights of the key success factors (share of the group's weighting)",
    quadrantNote:
      'Performance: the mean rating of the cluster today, from 1 (very weak) to 5 (very strong). The quadrant compares weight and performance with their means: "Concentrate here" marks important factors where the cluster is weak.',
    concentrate: (names) => `Concentrate here: ${names}.`,
  },
  skills: {
    intro:
      'The skills and capabilities the cluster needs for its success factors, ranked by priority (importance × gap). Ratings are means from 1 to 5; the gap is the required level minus the current one.',
    columns: [
      'Rank',
      'Skill or capability',
      'Success factor',
      'Current',
      'Required',
      'Gap',
      'Priority',
      'Actions',
    ],
    current: 'Current level',
    required: 'Required level',
    caption: 'Current and required level of the skills and capabilities (mean ratings, 1-5)',
  },
  plan: {
    intro: (actions, layers) =>
      `The plan has ${n(actions, 'action')} over ${n(layers, 'layer')} of the roadmap. Each is numbered; the tables of the other sections refer to actions by these numbers.`,
    overview: 'Overview',
    columns: (currency) => [
      'No',
      'Action',
      'Layer',
      'Owner',
      'Term, start – end',
      currency ? `Budget (${currency})` : 'Budget',
      'Status',
    ],
    details: 'The actions one by one',
    objective: 'Objective',
    noObjective: 'The objective has not been written yet.',
    layer: 'Layer',
    term: 'Term',
    owner: 'Owner',
    partners: 'Partners',
    period: 'Period',
    budget: 'Budget',
    funding: 'Funding source',
    status: 'Status',
    addresses: 'Addresses',
    addressesNothing: 'No item of the roadmap yet',
    indicators: 'Indicators',
    indicatorColumns: ['Indicator', 'Unit', 'Baseline', 'Target', 'Due', 'Latest', 'Measured on'],
    noIndicators: 'No indicator has been set for this action yet.',
  },
  timeline: {
    intro: (startsOn) =>
      `The actions by term and by layer of the roadmap, in the manner of technology roadmapping (Phaal, Farrukh and Probert, 2004): market (why), products and services (what), capabilities (how) and resources (with what). The terms count from the roadmap's start on ${startsOn}: short term ends within one year, medium term within three, long term later.`,
    layerColumn: 'Layer',
    after: (day) => `from ${day}`,
    empty: '–',
    cancelled: (count) => `${n(count, 'cancelled action')} ${count === 1 ? 'is' : 'are'} left out.`,
  },
  budget: {
    intro:
      'The planned budget of the actions by term, by layer and by funding source. Cancelled actions are left out.',
    byTerm: 'By term',
    byLayer: 'By layer',
    byFunding: 'By funding source',
    termColumn: 'Term',
    layerColumn: 'Layer',
    fundingColumn: 'Funding source',
    caption: (by, unit) => `Budget ${by.toLowerCase()} (${unit})`,
    thousand: (currency) => `thousand ${currency}`,
    million: (currency) => `million ${currency}`,
    mixed: (currencies) =>
      `The actions are costed in several currencies (${currencies}); each is totalled on its own and the charts show the first.`,
    noBudget: 'No action has a budget yet. Cost the actions under Roadmap › Action plan.',
  },
  monitoring: {
    intro:
      "Each indicator is judged on the document's date against the straight line from its baseline to its target: achieved when the latest value reaches the target; late when the due date has passed without it; at risk below 90% of the progress expected by now; on track otherwise.",
    counts: 'Indicators by health',
    actionIndicators: "The actions' indicators",
    actionColumns: ['Action', 'Indicator', 'Target', 'Due', 'Latest', 'Health'],
    charts: 'Indicators over time',
    chartsIntro: (shown, eligible) =>
      `${shown === eligible ? `The ${n(shown, 'indicator')}` : `The first ${shown} of the ${eligible} indicators`} measured at least twice: each measurement beside the value the straight line from baseline to target expected on that day. The days of measurement are evenly spaced, not to scale.`,
    measured: 'Measured',
    path: 'Expected by then',
    caption: (name, unit, target, due) => `${name} (${unit}); target ${target} by ${due}`,
    programme: 'Programme indicators',
    programmeIntro:
      "Indicators of the whole roadmap, among them the progress indicators of Turkey's cluster support programme (Ministry of Industry and Technology).",
    programmeColumns: ['Indicator', 'Unit', 'Baseline', 'Target', 'Due', 'Latest', 'Health'],
    noProgramme:
      'No indicator of the whole roadmap has been set yet. Add the programme indicators under Roadmap › Monitoring.',
    noActionIndicators:
      'No action has an indicator yet. Add them to the actions under Roadmap › Action plan.',
    noCharts:
      'No indicator has two measurements yet. Record values under Roadmap › Monitoring to see the trend.',
  },
  coverage: {
    intro: (minWeight, largeGap) =>
      `Every ${minWeight ? `success factor weighing at least ${minWeight}` : 'success factor'} and every value-chain gap or investment need scoring at least ${largeGap} should be addressed by an action that is not cancelled.`,
    columns: ['Item', 'Kind', 'Weight or score', 'Source'],
    weight: (percent) => `weight ${percent}`,
    score: (score) => `score ${score}`,
    allCovered: 'Every success factor and large gap is addressed by at least one action.',
    uncoveredHeading: 'Needs without an action',
    allHeading: 'Every need and its actions',
    allColumns: ['Item', 'Kind', 'Weight or score', 'Actions'],
    dismissed: (count) =>
      `${n(count, 'item')} ${count === 1 ? 'was' : 'were'} set aside on the Roadmap page and ${count === 1 ? 'is' : 'are'} not asked for.`,
  },
  selfAssessment: {
    intro:
      "The cluster management's self-assessment in the manner of the European Cluster Excellence benchmarking: each indicator's answer reaches a level by its thresholds. The levels are this self-assessment's thresholds, not ESCA's labels, which only its benchmarking awards.",
    latest: (title, date) => `The latest assessment: “${title}”, ${date}.`,
    indicative: 'Indicative level',
    answered: 'Indicators answered',
    evidenceMissing: (count) =>
      `${n(count, 'answer')} claim${count === 1 ? 's' : ''} a level without evidence.`,
    areaColumns: ['Area', 'Answered', 'Mean points (0-3)'],
    areaColumnsCompared: (before) => ['Area', 'Answered', `Before (${before})`, 'Now', 'Change'],
    change: (before, improved, fell, areas) =>
      `Since the assessment of ${before}, ${n(improved, 'indicator')} improved and ${fell} fell. Areas that improved: ${areas}.`,
    caption: 'Mean points by area (0: below bronze, 3: gold)',
    noAssessment:
      'No self-assessment has been recorded yet. Record one under Roadmap › Self-assessment; repeated a year later, it shows the change.',
    onlyOne:
      'Only one assessment has been recorded: repeat it under Roadmap › Self-assessment to show the change.',
  },
  network: {
    intro:
      'How the ties between the organisations of the cluster changed, from the relations recorded in the field study by the day each was recorded. A tie is a pair of organisations with a relation either way.',
    relations: 'Relations recorded',
    periods: 'Periods compared',
    period: (from, to) => (from ? `${from} – ${to}` : `up to ${to}`),
    before: 'Before',
    after: 'After',
    organisations: 'Organisations',
    ties: 'Ties',
    density: 'Density',
    newTies: 'New ties',
    lostTies: 'Lost ties',
    caption: 'Density of the network as the relations were recorded (%)',
    gainers: 'Organisations with the most new ties',
    gainerColumns: ['Organisation', 'Ties before', 'Ties after', 'New ties'],
    noRelations:
      'No relations between organisations have been recorded yet. Enter them under Primary research › Relations; a repeated field study then shows the change.',
  },
  annex: {
    intro:
      'Every item of the roadmap, its source and the actions that address it. Items set aside on the Roadmap page are left out.',
    columns: ['No', 'Item', 'Kind', 'Source', 'Date', 'Actions'],
    noItems: 'The roadmap has no item yet.',
  },
};
