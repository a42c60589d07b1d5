// The project bundle: what a valid one looks like, and how broken references are reported.

import { describe, expect, it } from 'vitest';
import { describeIssues, projectBundleSchema, type ProjectBundleInput } from './projectBundle';

const minimal: ProjectBundleInput = {
  format: 'kume-project-bundle',
  version: 1,
  project: { name: 'Manisa Mobilya Kümesi' },
  organisations: [],
  visits: [],
  commitments: [],
};

const withRecords = (changes: Partial<ProjectBundleInput>): ProjectBundleInput => ({
  ...minimal,
  organisations: [
    { key: 'org-1', name: 'Ege Döküm', type: 'firm', contacts: [{ key: 'c-1', name: 'Ayşe' }] },
    { key: 'org-2', name: 'Ege Sanayi Odası', type: 'chamber' },
  ],
  ...changes,
});

const visit = (organisationKeys: string[], contactKeys: string[] = []) => ({
  key: 'visit-1',
  visitedOn: '2026-02-10',
  level: 'local' as const,
  organisationKeys,
  contactKeys,
});

/** The issues of a bundle as describeIssues gives them to the CLI and API. */
const problems = (bundle: unknown) => {
  const result = projectBundleSchema.safeParse(bundle);
  return result.success ? [] : describeIssues(result.error.issues);
};

describe('projectBundleSchema', () => {
  it('accepts a minimal bundle and fills in the defaults', () => {
    const result = projectBundleSchema.safeParse(minimal);
    expect(result.success).toBe(true);
    expect(result.data?.project).toMatchObject({
      name: 'Manisa Mobilya Kümesi',
      languages: ['tr', 'en'],
      isSample: false,
      readinessThresholds: { minCommittedFirms: 20, committedWillingness: 4 },
    });
    expect(result.data?.decisions).toEqual([]);
  });

  it('accepts visits and commitments that refer to organisations and contacts by key', () => {
    const bundle = withRecords({
      visits: [visit(['org-1', 'org-2'], ['c-1'])],
      commitments: [
        { organisationKey: 'org-2', willingness: 4, influence: 5, assessedOn: '2026-02-10' },
      ],
    });
    expect(problems(bundle)).toEqual([]);
  });

  it('rejects another format or version', () => {
    expect(problems({ ...minimal, format: 'something-else' })).toHaveLength(1);
    expect(problems({ ...minimal, version: 2 })).toHaveLength(1);
  });

  it('names the visit and position of an unknown organisation key', () => {
    expect(problems(withRecords({ visits: [visit(['org-1', 'org-9'])] }))).toEqual([
      'visits[0].organisationKeys[1]: no organisation has key "org-9"',
    ]);
  });

  it('names the visit and position of an unknown contact key', () => {
    expect(problems(withRecords({ visits: [visit(['org-1'], ['c-1', 'c-404'])] }))).toEqual([
      'visits[0].contactKeys[1]: no contact has key "c-404"',
    ]);
  });

  it('names the commitment with an unknown organisation key', () => {
    const commitment = { willingness: 4, influence: 3, assessedOn: '2026-02-10' };
    expect(
      problems(
        withRecords({
          commitments: [
            { ...commitment, organisationKey: 'org-1' },
            { ...commitment, organisationKey: 'nope' },
          ],
        }),
      ),
    ).toEqual(['commitments[1].organisationKey: no organisation has key "nope"']);
  });

  it('rejects two organisations with the same key, naming the second', () => {
    const bundle = withRecords({});
    bundle.organisations.push({ key: 'org-1', name: 'Gediz Makina', type: 'firm' });
    expect(problems(bundle)).toEqual(['organisations[2].key: duplicate key "org-1"']);
  });

  it('names the field of an invalid record', () => {
    const bundle = withRecords({});
    bundle.organisations.push({ key: 'org-3', name: 'Gediz', type: 'firm', employees: 12.5 });
    expect(problems(bundle)).toEqual(['organisations[2].employees: a whole number']);
  });
});

describe('describeIssues', () => {
  it('writes paths with dots for names and brackets for positions', () => {
    expect(
      describeIssues([
        { path: ['organisations', 3, 'type'], message: 'invalid type' },
        { path: [0, 'name'], message: 'required' },
        { path: [], message: 'not a bundle' },
      ]),
    ).toEqual(['organisations[3].type: invalid type', '[0].name: required', 'not a bundle']);
  });
});
