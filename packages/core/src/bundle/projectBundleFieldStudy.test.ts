// The field study in a project bundle: optional for older bundles, and every key checked.

import { describe, expect, it } from 'vitest';
import { questionnaireTemplate } from '../survey/templates/questionnaireTemplates';
import { describeIssues, projectBundleSchema, type ProjectBundleInput } from './projectBundle';

const base: ProjectBundleInput = {
  format: 'kume-project-bundle',
  version: 1,
  project: { name: 'İzmir Döküm Kümesi' },
  organisations: [
    {
      key: 'org-1',
      name: 'Ege Döküm',
      type: 'firm',
      contacts: [{ key: 'c-1', name: 'Ayşe Kaya', consentToContact: true }],
    },
    { key: 'org-2', name: 'Gediz Kalıp', type: 'firm' },
  ],
  visits: [],
  commitments: [],
};

const fieldStudy = (changes: Partial<ProjectBundleInput> = {}): ProjectBundleInput => ({
  ...base,
  questionnaires: [
    { key: 'q-1', definition: questionnaireTemplate('firm_interview'), status: 'open' },
  ],
  responses: [
    {
      key: 'r-1',
      questionnaireKey: 'q-1',
      organisationKey: 'org-1',
      channel: 'link',
      status: 'submitted',
      answers: {
        firm_name: 'Ege Döküm',
        needs: ['training'],
        suppliers: [
          { organisationKey: 'org-2', sharePercent: 30, location: 'same_city' },
          { organisationName: 'Manisa Model Atölyesi' },
        ],
      },
      submittedAt: '2026-02-01T10:00:00+03:00',
    },
  ],
  interviews: [
    {
      key: 'i-1',
      kind: 'focus_group',
      heldOn: '2026-02-03',
      title: 'Döküm odak grubu',
      participants: [{ organisationKey: 'org-1' }, { name: 'Ayşe Kaya' }],
      quotes: [{ text: 'Kalıpçı bulmak zor.', tags: ['skills'], organisationKey: 'org-2' }],
      responseKey: 'r-1',
    },
  ],
  relations: [
    { sourceKey: 'org-1', targetKey: 'org-2', relationType: 'supplier', responseKey: 'r-1' },
  ],
  ...changes,
});

const problems = (bundle: unknown) => {
  const result = projectBundleSchema.safeParse(bundle);
  return result.success ? [] : describeIssues(result.error.issues);
};

describe('the field study in projectBundleSchema', () => {
  it('reads a bundle without a field study with empty lists and organisations not to review', () => {
    const bundle = projectBundleSchema.parse(base);
    expect(bundle).toMatchObject({
      questionnaires: [],
      responses: [],
      interviews: [],
      relations: [],
    });
    expect(bundle.organisations[0]).toMatchObject({ needsReview: false, source: '' });
  });

  it('accepts a field study whose keys all refer to records of the bundle, filling defaults', () => {
    expect(problems(fieldStudy())).toEqual([]);
    const bundle = projectBundleSchema.parse(fieldStudy());
    expect(bundle.questionnaires[0]?.publicLink).toBe(false);
    expect(bundle.relations[0]?.confirmed).toBe(false);
    expect(bundle.interviews[0]).toMatchObject({ notes: '', facilitator: null });
  });

  it('names a response with an unknown questionnaire or organisation', () => {
    const bundle = fieldStudy();
    bundle.responses![0] = {
      ...bundle.responses![0]!,
      questionnaireKey: 'q-9',
      organisationKey: 'org-9',
    };
    expect(problems(bundle)).toEqual([
      'responses[0].questionnaireKey: no questionnaire has key "q-9"',
      'responses[0].organisationKey: no organisation has key "org-9"',
    ]);
  });

  it('names the relation answer that refers to an unknown organisation', () => {
    const bundle = fieldStudy();
    bundle.responses![0]!.answers = {
      customers: [{ organisationKey: 'org-2' }, { organisationKey: 'org-7' }],
    };
    expect(problems(bundle)).toEqual([
      'responses[0].answers.customers[1].organisationKey: no organisation has key "org-7"',
    ]);
  });

  it('rejects a database id in a relation answer', () => {
    const bundle = fieldStudy();
    bundle.responses![0]!.answers = { customers: [{ organisationId: 'a-uuid' } as never] };
    expect(problems(bundle)).toHaveLength(1);
  });

  it('names unknown organisations and responses of interviews and quotes', () => {
    const bundle = fieldStudy();
    const interview = bundle.interviews![0]!;
    bundle.interviews![0] = {
      ...interview,
      participants: [{ organisationKey: 'org-1' }, { organisationKey: 'nope' }],
      quotes: [{ text: 'Söz', organisationKey: 'gone' }],
      responseKey: 'r-404',
    };
    expect(problems(bundle)).toEqual([
      'interviews[0].participants[1].organisationKey: no organisation has key "nope"',
      'interviews[0].quotes[0].organisationKey: no organisation has key "gone"',
      'interviews[0].responseKey: no response has key "r-404"',
    ]);
  });

  it('names relations with unknown ends or response, and one from an organisation to itself', () => {
    const bundle = fieldStudy({
      relations: [
        { sourceKey: 'org-1', targetKey: 'org-3', relationType: 'customer' },
        { sourceKey: 'org-0', targetKey: 'org-2', relationType: 'supplier', responseKey: 'r-2' },
        { sourceKey: 'org-2', targetKey: 'org-2', relationType: 'rd_partner' },
      ],
    });
    expect(problems(bundle)).toEqual([
      'relations[0].targetKey: no organisation has key "org-3"',
      'relations[1].sourceKey: no organisation has key "org-0"',
      'relations[1].responseKey: no response has key "r-2"',
      'relations[2].targetKey: an organisation cannot be related to itself',
    ]);
  });

  it('accepts an interview without a title, as interview mode records it', () => {
    const bundle = fieldStudy();
    const { title: _title, ...untitled } = bundle.interviews![0]!;
    bundle.interviews = [
      { ...untitled, key: 'i-1' },
      { ...untitled, key: 'i-2', title: '  ' },
    ];
    expect(problems(bundle)).toEqual([]);
    expect(projectBundleSchema.parse(bundle).interviews.map((i) => i.title)).toEqual(['', '']);
  });

  it("names an interview participant's unknown contact and accepts a known one", () => {
    const bundle = fieldStudy();
    bundle.interviews![0]!.participants = [
      { organisationKey: 'org-1', contactKey: 'c-1', name: 'Ayşe Kaya' },
      { organisationKey: 'org-2', contactKey: 'c-9' },
    ];
    expect(problems(bundle)).toEqual([
      'interviews[0].participants[1].contactKey: no contact has key "c-9"',
    ]);
  });

  it("keeps a relation's question and report time and a response's respondent email", () => {
    const bundle = projectBundleSchema.parse(
      fieldStudy({
        relations: [
          {
            sourceKey: 'org-1',
            targetKey: 'org-2',
            relationType: 'supplier',
            responseKey: 'r-1',
            questionId: 'suppliers',
            reportedAt: '2026-02-01T10:00:00+03:00',
          },
        ],
      }),
    );
    expect(bundle.relations[0]).toMatchObject({
      questionId: 'suppliers',
      reportedAt: '2026-02-01T10:00:00+03:00',
    });
    const withEmail = fieldStudy();
    withEmail.responses![0]!.respondentEmail = ' ayse@egedokum.example ';
    expect(projectBundleSchema.parse(withEmail).responses[0]?.respondentEmail).toBe(
      'ayse@egedokum.example',
    );
  });

  it('rejects a relation whose report time is not an instant', () => {
    const bundle = fieldStudy();
    bundle.relations![0]!.reportedAt = '2026-02-01';
    expect(problems(bundle)).toEqual([expect.stringMatching(/^relations\[0\]\.reportedAt: /)]);
  });

  it('rejects a second response with the same key', () => {
    const bundle = fieldStudy();
    bundle.responses!.push({ ...bundle.responses![0]! });
    expect(problems(bundle)).toEqual(['responses[1].key: duplicate key "r-1"']);
  });

  it('rejects a questionnaire whose definition is invalid, at its path', () => {
    const definition = questionnaireTemplate('focus_group');
    definition.pages[0]!.questions[0]!.id = 'Bad Id';
    expect(problems(fieldStudy({ questionnaires: [{ key: 'q-1', definition }] }))).toEqual([
      expect.stringMatching(/^questionnaires\[0\]\.definition\.pages\[0\]\.questions\[0\]\.id: /),
    ]);
  });
});
