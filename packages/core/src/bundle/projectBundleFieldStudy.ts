// The field study's records in a project bundle (questionnaires, responses, interviews and focus
// groups, relations) and the checks that their keys refer to records of the same bundle.

import { z } from 'zod';
import { isoDateSchema } from '../dateSchema';
import { tagListSchema } from '../text/normaliseTags';
import { questionnaireSchema } from '../survey/questionnaire';
import { RELATION_FREQUENCIES, RELATION_LOCATIONS, RELATION_TYPES } from '../survey/relationTypes';
import { bundleAnswersSchema, bundleRelationAnswers } from './projectBundleAnswers';

const key = z.string().min(1).max(100);
const timestamp = z.iso.datetime({ offset: true }).optional();

export const bundleQuestionnaireSchema = z.object({
  key,
  definition: questionnaireSchema,
  status: z.enum(['draft', 'open', 'closed']).default('draft'),
  opensOn: isoDateSchema.nullable().optional(),
  closesOn: isoDateSchema.nullable().optional(),
  /** Whether the questionnaire has a public link; the link's code itself is made on import. */
  publicLink: z.boolean().default(false),
});

export const bundleResponseSchema = z.object({
  key,
  questionnaireKey: key,
  /** The responding organisation; absent for an anonymous public-link response. */
  organisationKey: key.optional(),
  channel: z.enum(['link', 'public', 'interview', 'import']),
  status: z.enum(['draft', 'submitted']),
  answers: bundleAnswersSchema.default({}),
  respondentName: z.string().trim().max(200).optional(),
  /** As the respondent gave it; free text, since another survey tool's export may hold anything. */
  respondentEmail: z.string().trim().max(320).optional(),
  submittedAt: timestamp,
  /** The facilitator's tags (codes) on free-text answers, by question id. */
  answerTags: z.record(z.string().max(40), tagListSchema).default({}),
});

export const bundleInterviewSchema = z.object({
  key,
  kind: z.enum(['interview', 'focus_group']),
  heldOn: isoDateSchema,
  /** Empty for an interview recorded in interview mode without a title. */
  title: z.string().trim().max(200).default(''),
  notes: z.string().max(20_000).default(''),
  /** The facilitator's email, matched to an account on import. */
  facilitator: z.email().nullable().default(null),
  participants: z
    .array(
      z.object({
        organisationKey: key.optional(),
        /** A contact of the bundle's organisations; `name` is kept beside it as it was written. */
        contactKey: key.optional(),
        name: z.string().trim().max(200).optional(),
      }),
    )
    .max(200)
    .default([]),
  quotes: z
    .array(
      z.object({
        text: z.string().trim().min(1).max(2_000),
        tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
        organisationKey: key.optional(),
      }),
    )
    .max(500)
    .default([]),
  /** The questionnaire response filled in during the interview, if any. */
  responseKey: key.optional(),
});

/** A relation between two organisations, from the source's view ("target is our supplier"). */
export const bundleRelationSchema = z.object({
  sourceKey: key,
  targetKey: key,
  relationType: z.enum(RELATION_TYPES),
  sharePercent: z.number().min(0).max(100).optional(),
  frequency: z.enum(RELATION_FREQUENCIES).optional(),
  location: z.enum(RELATION_LOCATIONS).optional(),
  /** The response that reported it; absent for a relation entered by hand. */
  responseKey: key.optional(),
  /** The relation question of that response; on import, absent means the one naming the partner. */
  questionId: z.string().min(1).max(100).optional(),
  /** When it was reported; on import, absent means the response's submission (or the import). */
  reportedAt: timestamp,
  /** The other side reported the matching relation. */
  confirmed: z.boolean().default(false),
  /** The file it was imported from (a relations import); absent otherwise. */
  sourceFile: z.string().max(500).optional(),
});

type FieldStudyRecords = {
  questionnaires: z.output<typeof bundleQuestionnaireSchema>[];
  responses: z.output<typeof bundleResponseSchema>[];
  interviews: z.output<typeof bundleInterviewSchema>[];
  relations: z.output<typeof bundleRelationSchema>[];
};

/**
 * Reports, through `report`, every key of the field study that names no record of the bundle,
 * and every key used twice. `organisationKeys` and `contactKeys` are the bundle's organisations
 * and their contacts.
 */
export function checkFieldStudyReferences(
  bundle: FieldStudyRecords,
  organisationKeys: ReadonlySet<string>,
  contactKeys: ReadonlySet<string>,
  report: (path: PropertyKey[], message: string) => void,
): void {
  const uniqueKeys = (records: { key: string }[], name: string) => {
    const keys = new Set<string>();
    records.forEach((record, i) => {
      if (keys.has(record.key)) report([name, i, 'key'], `duplicate key "${record.key}"`);
      keys.add(record.key);
    });
    return keys;
  };
  const questionnaireKeys = uniqueKeys(bundle.questionnaires, 'questionnaires');
  const responseKeys = uniqueKeys(bundle.responses, 'responses');
  uniqueKeys(bundle.interviews, 'interviews');
  const organisation = (k: string | undefined, path: PropertyKey[]) => {
    if (k !== undefined && !organisationKeys.has(k)) report(path, `no organisation has key "${k}"`);
  };
  const response = (k: string | undefined, path: PropertyKey[]) => {
    if (k !== undefined && !responseKeys.has(k)) report(path, `no response has key "${k}"`);
  };

  bundle.responses.forEach((r, i) => {
    if (!questionnaireKeys.has(r.questionnaireKey)) {
      report(
        ['responses', i, 'questionnaireKey'],
        `no questionnaire has key "${r.questionnaireKey}"`,
      );
    }
    organisation(r.organisationKey, ['responses', i, 'organisationKey']);
    for (const { questionId, index, answer } of bundleRelationAnswers(r.answers)) {
      organisation(answer.organisationKey, [
        'responses',
        i,
        'answers',
        questionId,
        index,
        'organisationKey',
      ]);
    }
  });
  bundle.interviews.forEach((interview, i) => {
    interview.participants.forEach((p, j) => {
      organisation(p.organisationKey, ['interviews', i, 'participants', j, 'organisationKey']);
      if (p.contactKey !== undefined && !contactKeys.has(p.contactKey)) {
        report(
          ['interviews', i, 'participants', j, 'contactKey'],
          `no contact has key "${p.contactKey}"`,
        );
      }
    });
    interview.quotes.forEach((q, j) =>
      organisation(q.organisationKey, ['interviews', i, 'quotes', j, 'organisationKey']),
    );
    response(interview.responseKey, ['interviews', i, 'responseKey']);
  });
  bundle.relations.forEach((relation, i) => {
    organisation(relation.sourceKey, ['relations', i, 'sourceKey']);
    organisation(relation.targetKey, ['relations', i, 'targetKey']);
    if (relation.sourceKey === relation.targetKey) {
      report(['relations', i, 'targetKey'], 'an organisation cannot be related to itself');
    }
    response(relation.responseKey, ['relations', i, 'responseKey']);
  });
}
