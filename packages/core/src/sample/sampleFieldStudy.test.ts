// The sample's field study: enough SMEs reached, answers that agree with the registry and pass
// validation, and relations that are exactly what the answers report.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import { answersFromBundle } from '../bundle/projectBundleAnswers';
import { projectBundleSchema } from '../bundle/projectBundle';
import { FIRM_TYPES } from '../organisation/organisationTypes';
import { mulberry32 } from '../random/mulberry32';
import { relationTypesMatch } from '../survey/matchingRelationType';
import { allQuestions } from '../survey/questionnaire';
import { relationsFromAnswers } from '../survey/relationsFromAnswers';
import { validateAnswers } from '../survey/validateAnswers';
import { generateSampleProject } from './generateSampleProject';

const SERVER_SEED = 20_261_126;
const today = '2026-03-01' as IsoDate;
const sample = (seed = SERVER_SEED) => generateSampleProject({ today, rng: mulberry32(seed) });

const bundle = sample();
const organisation = new Map(bundle.organisations.map((o) => [o.key, o]));
const submitted = bundle.responses.filter((r) => r.status === 'submitted');
const definition = bundle.questionnaires[0]!.definition;
const stageText = (value: unknown) =>
  allQuestions(definition)
    .find((q) => q.id === 'value_chain_stage')
    ?.choices?.find((c) => c.value === value)?.text.en;
const isSme = (key: string | undefined) => {
  const o = organisation.get(key ?? '');
  return Boolean(o && FIRM_TYPES.includes(o.type) && o.employees != null && o.employees < 250);
};

describe('the sample field study', () => {
  it('has the firm interview open for answers', () => {
    expect(bundle.questionnaires).toHaveLength(1);
    expect(bundle.questionnaires[0]).toMatchObject({ status: 'open' });
    expect(definition.kind).toBe('firm_interview');
  });

  it('has at least 32 submitted responses from distinct SMEs', () => {
    const keys = submitted.map((r) => r.organisationKey);
    expect(keys.length).toBeGreaterThanOrEqual(32);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(isSme(key), key).toBe(true);
  });

  it('answers with the stage, employees and district the registry has', () => {
    for (const response of submitted) {
      const o = organisation.get(response.organisationKey ?? '')!;
      expect(response.answers).toMatchObject({
        firm_name: o.name,
        employees: o.employees,
        district: o.district,
      });
      expect(stageText(response.answers.value_chain_stage)).toBe(o.valueChainStage);
    }
  });

  it('gives answers that pass validation on submission', () => {
    const ids = new Set(bundle.organisations.map((o) => o.key));
    for (const response of submitted) {
      const answers = answersFromBundle(response.answers, (k) => k);
      const { errors } = validateAnswers(definition, answers, {
        submit: true,
        organisationIds: ids,
      });
      expect(errors, response.key).toEqual([]);
    }
  });

  it('varies the answers and writes the free texts in Turkish', () => {
    const distinct = (id: string) =>
      new Set(submitted.map((r) => JSON.stringify(r.answers[id]))).size;
    expect(distinct('value_chain_stage')).toBeGreaterThanOrEqual(5);
    expect(distinct('cluster_interest')).toBeGreaterThanOrEqual(3);
    expect(distinct('cooperation_experience')).toBeGreaterThanOrEqual(4);
    expect(submitted.some((r) => /[çğışöü]/.test(String(r.answers.barrier_comment ?? '')))).toBe(
      true,
    );
  });

  it('names 4 to 8 partners in each submitted response', () => {
    for (const response of submitted) {
      const count = relationsFromAnswers(
        definition,
        answersFromBundle(response.answers, (k) => k),
      ).length;
      expect(count, response.key).toBeGreaterThanOrEqual(4);
      expect(count, response.key).toBeLessThanOrEqual(8);
    }
  });

  it('has exactly the relations the answers imply, with existing ends', () => {
    const implied = submitted.flatMap((response) =>
      relationsFromAnswers(
        definition,
        answersFromBundle(response.answers, (k) => k),
      ).map(
        (r) =>
          `${response.organisationKey} ${r.relationType} ${r.targetOrganisationId ?? r.targetName} ${response.key} ${r.questionId} ${response.submittedAt}`,
      ),
    );
    const stored = bundle.relations.map((r) => {
      const target = organisation.get(r.targetKey)!;
      return `${r.sourceKey} ${r.relationType} ${target.needsReview ? target.name : r.targetKey} ${r.responseKey} ${r.questionId} ${r.reportedAt}`;
    });
    expect(stored).toEqual(implied);
    for (const r of bundle.relations) {
      expect(organisation.has(r.sourceKey)).toBe(true);
      expect(organisation.has(r.targetKey)).toBe(true);
    }
  });

  it('confirms a relation exactly when the other side reported the matching one', () => {
    const confirmed = bundle.relations.filter((r) => r.confirmed);
    expect(confirmed.length).toBeGreaterThanOrEqual(6);
    for (const r of bundle.relations) {
      const reverse = bundle.relations.some(
        (o) =>
          o.sourceKey === r.targetKey &&
          o.targetKey === r.sourceKey &&
          relationTypesMatch(r.relationType, o.relationType),
      );
      expect(r.confirmed).toBe(reverse);
    }
  });

  it('adds the two organisations respondents named, flagged for review', () => {
    const added = bundle.organisations.filter((o) => o.needsReview);
    expect(added).toHaveLength(2);
    for (const o of added) {
      expect(o.source).toBe('field_study');
      expect(bundle.relations.filter((r) => r.targetKey === o.key).length).toBeGreaterThanOrEqual(
        2,
      );
    }
    expect(bundle.organisations.filter((o) => !o.needsReview).every((o) => o.source === '')).toBe(
      true,
    );
  });

  it('has three interviews with tagged quotes and a focus group of eight SMEs', () => {
    const interviews = bundle.interviews.filter((i) => i.kind === 'interview');
    expect(interviews).toHaveLength(3);
    for (const interview of interviews) {
      expect(interview.quotes.length).toBeGreaterThan(0);
      for (const quote of interview.quotes) expect(quote.tags.length).toBeGreaterThan(0);
      const response = bundle.responses.find((r) => r.key === interview.responseKey);
      expect(response?.channel).toBe('interview');
    }
    const groups = bundle.interviews.filter((i) => i.kind === 'focus_group');
    expect(groups).toHaveLength(1);
    const members = groups[0]!.participants.map((p) => p.organisationKey);
    expect(new Set(members).size).toBe(8);
    for (const key of members) expect(isSme(key), key).toBe(true);
  });

  it("names each interview participant's contact at that participant's organisation", () => {
    const participants = bundle.interviews.flatMap((i) => i.participants);
    expect(participants.filter((p) => p.contactKey).length).toBeGreaterThan(0);
    for (const p of participants.filter((x) => x.contactKey)) {
      const contact = organisation
        .get(p.organisationKey!)!
        .contacts.find((c) => c.key === p.contactKey);
      expect(contact?.name).toBe(p.name);
    }
  });

  it('reaches at least 32 SMEs and stays a valid bundle whatever the seed', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const other = sample(seed);
      expect(projectBundleSchema.safeParse(other).error?.issues ?? [], `seed ${seed}`).toEqual([]);
      const keys = other.responses
        .filter((r) => r.status === 'submitted')
        .map((r) => r.organisationKey);
      expect(new Set(keys).size, `seed ${seed}`).toBeGreaterThanOrEqual(32);
    }
  });
});
