// The sample project's field study: the firm interview (open), submitted responses from the
// registry's SMEs with their relations, three interviews with quotes and one focus group.

import { addDays, type IsoDate } from '../brand';
import type { ProjectBundleInput } from '../bundle/projectBundle';
import { answersToBundle } from '../bundle/projectBundleAnswers';
import { FIRM_TYPES } from '../organisation/organisationTypes';
import type { Answers } from '../survey/answers';
import { relationTypesMatch } from '../survey/matchingRelationType';
import { relationsFromAnswers } from '../survey/relationsFromAnswers';
import { questionnaireTemplate } from '../survey/templates/questionnaireTemplates';
import { foldForSearch } from '../text/foldForSearch';
import { FOCUS_GROUP_NOTES, INTERVIEW_NOTES, QUOTES, TEXT_CODES } from './sampleFieldStudyTexts';
import { sampleFirmAnswers } from './sampleFirmAnswers';
import { sampleRandom } from './sampleRandom';
import { sampleRelationAnswers } from './sampleRelationAnswers';

type Bundle = Required<ProjectBundleInput>;
type Organisation = Bundle['organisations'][number];

export type SampleFieldStudy = Pick<
  Bundle,
  'questionnaires' | 'responses' | 'interviews' | 'relations'
> & {
  /** Organisations respondents named that the registry did not have (to be reviewed). */
  newOrganisations: Organisation[];
};

/** How many SMEs answer the questionnaire (fewer if the registry has fewer). */
export const SAMPLE_RESPONSE_COUNT = 34;

/** Partners outside the registry that respondents type in by name. */
const UNLISTED_PARTNERS: Organisation[] = [
  {
    key: 'org-field-1',
    name: 'Manisa Model ve Kalıp Atölyesi',
    type: 'supplier',
    valueChainStage: 'Pattern and mould making',
    city: 'Manisa',
    district: 'Yunusemre',
  },
  {
    key: 'org-field-2',
    name: 'Bursa Döküm Makinaları Ltd. Şti.',
    type: 'supplier',
    valueChainStage: 'Machinery assembly',
    city: 'Bursa',
    district: 'Nilüfer',
  },
];

const QUESTIONNAIRE_KEY = 'questionnaire-firm-interview';
const atNoon = (day: IsoDate) => `${day}T12:00:00+03:00`;

export function sampleFieldStudy(
  organisations: readonly Organisation[],
  today: IsoDate,
  rng: () => number,
): SampleFieldStudy {
  const random = sampleRandom(rng);
  const { pick, between, some } = random;
  const definition = questionnaireTemplate('firm_interview');
  const smes = organisations.filter(
    (o) => FIRM_TYPES.includes(o.type) && o.employees != null && o.employees < 250,
  );
  const respondents = some(smes, SAMPLE_RESPONSE_COUNT);
  const answersOf = new Map<string, Answers>(
    respondents.map((o) => [o.key, sampleFirmAnswers(o, random)]),
  );
  const relationAnswers = sampleRelationAnswers(
    respondents.map((o) => ({ ...o, exports: answersOf.get(o.key)?.exports === 'direct' })),
    organisations,
    UNLISTED_PARTNERS,
    random,
  );
  for (const [key, relations] of relationAnswers)
    Object.assign(answersOf.get(key) ?? {}, relations);

  // The first three were interviews in person; the rest answered their personal links.
  const responses: Bundle['responses'] = respondents.map((o, i) => ({
    key: `response-${i + 1}`,
    questionnaireKey: QUESTIONNAIRE_KEY,
    organisationKey: o.key,
    channel: i < 3 ? 'interview' : 'link',
    status: 'submitted',
    // Relation answers in a bundle name organisations by key: here keys stand in for ids.
    answers: answersToBundle(answersOf.get(o.key) ?? {}, (k) => k),
    respondentName: o.contacts?.[0]?.name,
    submittedAt: atNoon(addDays(today, -between(5, 55))),
    answerTags: codedTexts(answersOf.get(o.key) ?? {}),
  }));
  // Two links opened but not finished: drafts, which count for nothing yet.
  smes
    .filter((o) => !respondents.includes(o))
    .slice(0, 2)
    .forEach((o, i) =>
      responses.push({
        key: `response-draft-${i + 1}`,
        questionnaireKey: QUESTIONNAIRE_KEY,
        organisationKey: o.key,
        channel: 'link',
        status: 'draft',
        answers: { firm_name: o.name, district: o.district ?? '' },
      }),
    );

  // Relations are what the submitted answers imply; typed names become the new organisations.
  const unlistedByName = new Map(UNLISTED_PARTNERS.map((o) => [foldForSearch(o.name), o.key]));
  const relations: Bundle['relations'] = respondents.flatMap((o, i) =>
    relationsFromAnswers(definition, answersOf.get(o.key) ?? {}, o.key).map((r) => ({
      sourceKey: o.key,
      targetKey:
        r.targetOrganisationId ?? unlistedByName.get(foldForSearch(r.targetName ?? '')) ?? '',
      relationType: r.relationType,
      sharePercent: r.sharePercent,
      frequency: r.frequency,
      location: r.location,
      responseKey: `response-${i + 1}`,
      questionId: r.questionId,
      reportedAt: responses[i]?.submittedAt,
      confirmed: false,
    })),
  );
  for (const relation of relations) {
    relation.confirmed = relations.some(
      (other) =>
        other.sourceKey === relation.targetKey &&
        other.targetKey === relation.sourceKey &&
        relationTypesMatch(relation.relationType, other.relationType),
    );
  }
  const named = new Set(relations.map((r) => r.targetKey));

  const interviews: Bundle['interviews'] = respondents.slice(0, 3).map((o, i) => ({
    key: `interview-${i + 1}`,
    kind: 'interview',
    heldOn: (responses[i]?.submittedAt ?? '').slice(0, 10),
    title: `Firma görüşmesi: ${o.name}`,
    notes: INTERVIEW_NOTES[i] ?? '',
    participants: [
      { organisationKey: o.key, contactKey: o.contacts?.[0]?.key, name: o.contacts?.[0]?.name },
    ],
    quotes: some(QUOTES, 2).map((q) => ({
      text: q.text,
      tags: [...q.tags],
      organisationKey: o.key,
    })),
    responseKey: `response-${i + 1}`,
  }));
  // The focus group: eight SMEs, two of them reached only here (not among the respondents).
  const outsiders = smes.filter((o) => !respondents.includes(o)).slice(-2);
  const groupMembers = [...respondents.slice(3, 11 - outsiders.length), ...outsiders];
  interviews.push({
    key: 'focus-group-1',
    kind: 'focus_group',
    heldOn: addDays(today, -20),
    title: 'Odak grup: döküm ve makine imalatçısı KOBİler',
    notes: FOCUS_GROUP_NOTES,
    participants: groupMembers.map((o) => ({
      organisationKey: o.key,
      contactKey: o.contacts?.[0]?.key,
      name: o.contacts?.[0]?.name,
    })),
    quotes: some(QUOTES, 4).map((q) => ({
      text: q.text,
      tags: [...q.tags],
      organisationKey: pick(groupMembers).key,
    })),
  });

  return {
    questionnaires: [
      {
        key: QUESTIONNAIRE_KEY,
        definition,
        status: 'open',
        opensOn: addDays(today, -60),
        closesOn: addDays(today, 30),
        publicLink: true,
      },
    ],
    responses,
    interviews,
    relations,
    newOrganisations: UNLISTED_PARTNERS.filter((o) => named.has(o.key)).map((o) => ({
      ...o,
      needsReview: true,
      source: 'field_study',
    })),
  };
}

/** The facilitator's tags on the free texts of one response (TEXT_CODES), by question id. */
function codedTexts(answers: Answers): Record<string, string[]> {
  const tags: Record<string, string[]> = {};
  for (const [questionId, value] of Object.entries(answers)) {
    const codes = typeof value === 'string' ? TEXT_CODES[value] : undefined;
    if (codes) tags[questionId] = [...codes];
  }
  return tags;
}
