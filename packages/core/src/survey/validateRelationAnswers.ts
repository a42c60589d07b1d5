// Checks the partners named in one relation question: at most maxItems, each an organisation of
// the project or a typed name, with a valid relation type, share, frequency and location.

import type { RelationAnswer } from './answers';
import type { Question } from './questionnaire';
import { RELATION_FREQUENCIES, RELATION_LOCATIONS, RELATION_TYPES } from './relationTypes';

/** Longest organisation name typed in a relation answer, in characters. */
export const MAX_ORGANISATION_NAME_LENGTH = 200;
const FIELDS = new Set([
  'organisationId',
  'organisationName',
  'relationType',
  'sharePercent',
  'frequency',
  'location',
]);

interface Context {
  /** The question's English title, quoted. */
  title: string;
  /** `answers.<questionId>`. */
  path: string;
  submit: boolean;
  organisationIds?: ReadonlySet<string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/**
 * The normalised relation answers (undefined when any is invalid, with the errors pushed, or when
 * nothing is left). An
 * item with nothing but a relation type is an untouched panel and dropped; a typed name is
 * trimmed and kept only when no organisation was picked. A missing organisation is an error on
 * submission only (a draft keeps the half-filled panel).
 */
export function validateRelationAnswers(
  question: Question,
  raw: unknown,
  context: Context,
  errors: { path: string; message: string }[],
): RelationAnswer[] | undefined {
  const { title, path } = context;
  if (!Array.isArray(raw)) {
    errors.push({ path, message: `${title} needs a list of organisations.` });
    return undefined;
  }
  const maxItems = question.relation?.maxItems ?? 5;
  const count = errors.length;
  if (raw.length > maxItems)
    errors.push({
      path,
      message: `${title} accepts at most ${maxItems} organisations; ${raw.length} were given.`,
    });
  const relations: RelationAnswer[] = [];
  raw.slice(0, 100).forEach((item, index) => {
    const relation = checkRelation(item, { ...context, path: `${path}.${index}` }, errors);
    if (relation) relations.push(relation);
  });
  // Only untouched panels: no answer at all (as an empty list would be), so that a checked
  // answer passes the check again unchanged.
  if (relations.length === 0) return undefined;
  return errors.length === count ? relations : undefined;
}

function checkRelation(
  item: unknown,
  context: Context,
  errors: { path: string; message: string }[],
): RelationAnswer | undefined {
  const { title, path } = context;
  const fail = (message: string, field?: string): undefined => {
    errors.push({ path: field ? `${path}.${field}` : path, message });
    return undefined;
  };
  if (!isRecord(item)) return fail(`${title}: each organisation is an object.`);
  const unknown = Object.keys(item).find((key) => !FIELDS.has(key));
  if (unknown !== undefined)
    return fail(
      `${title}: an organisation has no field ${JSON.stringify(unknown.slice(0, 40))}.`,
      unknown,
    );
  const relation: RelationAnswer = {};
  const { organisationId, organisationName, relationType, sharePercent, frequency, location } =
    item;
  if (organisationId !== undefined && organisationId !== null && organisationId !== '') {
    if (typeof organisationId !== 'string' || organisationId.length > 100)
      return fail(`${title}: the organisation is not valid.`, 'organisationId');
    if (context.organisationIds && !context.organisationIds.has(organisationId))
      return fail(`${title}: the organisation is not one of this project's.`, 'organisationId');
    relation.organisationId = organisationId;
  } else if (organisationName !== undefined && organisationName !== null) {
    if (typeof organisationName !== 'string')
      return fail(`${title}: the organisation's name is a text.`, 'organisationName');
    const name = organisationName.trim();
    if (name.length > MAX_ORGANISATION_NAME_LENGTH)
      return fail(
        `${title}: an organisation's name takes at most ${MAX_ORGANISATION_NAME_LENGTH} characters.`,
        'organisationName',
      );
    relation.organisationName = name;
  }
  if (relationType !== undefined && relationType !== null) {
    if (!oneOf(RELATION_TYPES, relationType))
      return fail(`${title}: the relation type is not valid.`, 'relationType');
    relation.relationType = relationType;
  }
  if (sharePercent !== undefined && sharePercent !== null && sharePercent !== '') {
    if (
      typeof sharePercent !== 'number' ||
      !Number.isFinite(sharePercent) ||
      sharePercent < 0 ||
      sharePercent > 100
    )
      return fail(`${title}: the share is a percentage from 0 to 100.`, 'sharePercent');
    relation.sharePercent = sharePercent;
  }
  if (frequency !== undefined && frequency !== null) {
    if (!oneOf(RELATION_FREQUENCIES, frequency))
      return fail(`${title}: the frequency is not valid.`, 'frequency');
    relation.frequency = frequency;
  }
  if (location !== undefined && location !== null) {
    if (!oneOf(RELATION_LOCATIONS, location))
      return fail(`${title}: the location is not valid.`, 'location');
    relation.location = location;
  }
  if (Object.keys(relation).every((key) => key === 'relationType')) return undefined;
  if (context.submit && !relation.organisationId && !relation.organisationName)
    return fail(`${title}: pick an organisation or type its name.`, 'organisationName');
  return relation;
}
