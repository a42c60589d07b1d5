// Generates the sample project: a machinery, metal and casting cluster in İzmir, part-way through
// stage 1 (visits logged, commitments assessed, the readiness gate still no-go, the field study
// under way), so a newcomer sees a working system at once. Seeded: the same seed and day give
// the same project.

import { addDays, type IsoDate } from '../brand';
import {
  projectBundleSchema,
  type ProjectBundle,
  type ProjectBundleInput,
} from '../bundle/projectBundle';
import { slugify } from '../text/slugify';
import { sampleFieldStudy } from './sampleFieldStudy';
import { sampleInformationDay } from './sampleInformationDay';
import { sampleRoadmap } from './sampleRoadmap';
import { sampleWorkshops } from './sampleWorkshops';
import {
  DISTRICTS,
  FIRM_ACTIVITIES,
  FIRM_PREFIXES,
  FIRM_ROLES,
  FIRST_NAMES,
  INSTITUTIONS,
  LAST_NAMES,
  LEGAL_FORMS,
  SERVICE_ACTIVITIES,
  SUPPLIER_ACTIVITIES,
} from './sampleNames';

export const SAMPLE_SLUG = 'sample';

export interface SampleOptions {
  /** The day the sample is made; visits fall in the months before it. */
  today: IsoDate;
  rng: () => number;
}

type Organisation = ProjectBundleInput['organisations'][number];

export function generateSampleProject({ today, rng }: SampleOptions): ProjectBundle {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(rng() * (high - low + 1));
  // Firm sizes are spread evenly on a log scale, as in a real cluster: many micro and small firms.
  const logBetween = (low: number, high: number) => Math.round(low * (high / low) ** rng());
  const person = () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
  const emailOf = (name: string, organisation: string) =>
    `${slugify(name).replace(/-/g, '.')}@${slugify(organisation).split('-').slice(0, 2).join('')}.example`;

  const organisations: Organisation[] = [];
  const usedNames = new Set<string>();
  const addFirm = (
    type: 'firm' | 'supplier' | 'service_provider',
    activities: readonly { word: string; nace: string; stage: string }[],
    employees: [number, number],
  ) => {
    const activity = pick(activities);
    const newName = () => `${pick(FIRM_PREFIXES)} ${activity.word} ${pick(LEGAL_FORMS)}`;
    let name = newName();
    while (usedNames.has(name)) name = newName();
    usedNames.add(name);
    const district = pick(DISTRICTS);
    const contactName = person();
    organisations.push({
      key: `org-${organisations.length + 1}`,
      name,
      type,
      industryCode: activity.nace,
      valueChainStage: activity.stage,
      employees: logBetween(...employees),
      district,
      city: 'İzmir',
      address: `${district} Sanayi Sitesi, ${between(1, 40)}. Sokak No: ${between(1, 120)}`,
      website: `https://www.${slugify(name).split('-').slice(0, 2).join('')}.example`,
      latitude: Math.round((38.25 + rng() * 0.4) * 10_000) / 10_000,
      longitude: Math.round((26.95 + rng() * 0.45) * 10_000) / 10_000,
      contacts: [
        {
          key: `contact-${organisations.length + 1}-1`,
          name: contactName,
          role: pick(FIRM_ROLES),
          email: emailOf(contactName, name),
          phone: `+90 232 ${between(200, 499)} ${between(10, 99)} ${between(10, 99)}`,
          consentToContact: rng() < 0.8,
        },
      ],
    });
  };
  // Five large anchor firms, then SMEs: the field study needs at least 30 SMEs to reach.
  for (let i = 0; i < 36; i += 1) addFirm('firm', FIRM_ACTIVITIES, i < 5 ? [250, 420] : [4, 240]);
  for (let i = 0; i < 6; i += 1) addFirm('supplier', SUPPLIER_ACTIVITIES, [5, 150]);
  for (let i = 0; i < 5; i += 1) addFirm('service_provider', SERVICE_ACTIVITIES, [3, 80]);
  for (const institution of INSTITUTIONS) {
    const contactName = person();
    organisations.push({
      key: `org-${organisations.length + 1}`,
      name: institution.name,
      type: institution.type,
      city: 'İzmir',
      district: pick(['Konak', 'Bornova', 'Bayraklı', 'Kemalpaşa']),
      contacts: [
        {
          key: `contact-${organisations.length + 1}-1`,
          name: contactName,
          role: institution.role,
          email: emailOf(contactName, institution.name),
          consentToContact: true,
        },
      ],
    });
  }

  // Visits: most organisations are visited once, institutions first; a few firms are not yet visited.
  const visits: ProjectBundleInput['visits'] = [];
  const commitments: ProjectBundleInput['commitments'] = [];
  const institutions = organisations.filter(
    (o) => !['firm', 'supplier', 'service_provider'].includes(o.type),
  );
  const businesses = organisations.filter((o) =>
    ['firm', 'supplier', 'service_provider'].includes(o.type),
  );
  const toVisit = [...institutions, ...businesses.slice(0, businesses.length - 6)];
  let day = addDays(today, -150);
  let committedFirms = 0;
  for (let i = 0; i < toVisit.length;) {
    const group = toVisit.slice(i, i + between(1, 3));
    i += group.length;
    day = addDays(day, between(1, 6));
    const first = group[0] as Organisation;
    const level =
      first.type === 'public_agency' || first.type === 'finance'
        ? pick(['regional', 'national'] as const)
        : 'local';
    const isInstitution = !['firm', 'supplier', 'service_provider'].includes(first.type);
    visits.push({
      key: `visit-${visits.length + 1}`,
      visitedOn: day,
      level,
      purpose: isInstitution
        ? 'Introduce the cluster initiative and ask for support'
        : 'Explain the roadmap process; ask about suppliers, customers and needs',
      organisationKeys: group.map((o) => o.key),
      contactKeys: group.flatMap((o) => (o.contacts ?? []).map((c) => c.key)),
      notes: isInstitution
        ? 'Interested in hosting working group meetings; asked for the field study timetable.'
        : 'Capacity is high but skilled labour is short; supplier of patterns is in Manisa, not İzmir.',
      outcomes: isInstitution
        ? 'Will name a contact person for the working group.'
        : 'Willing to answer the questionnaire and join the Information Day.',
      followUps:
        rng() < 0.45
          ? [
              {
                description: isInstitution
                  ? 'Send the draft cooperation protocol'
                  : 'Send the field study questionnaire link',
                dueOn: addDays(day, between(7, 30)),
                doneOn: rng() < 0.6 ? addDays(day, between(3, 20)) : null,
              },
            ]
          : [],
    });
    for (const organisation of group) {
      const isFirm = ['firm', 'supplier', 'service_provider'].includes(organisation.type);
      // Keep the gate one step short: 18 committed firms of the 20 the programme asks for.
      let willingness = between(isFirm ? 2 : 3, 5);
      if (isFirm && willingness >= 4) {
        if (committedFirms >= 18) willingness = 3;
        else committedFirms += 1;
      }
      const influence = isFirm
        ? between(1, (organisation.employees ?? 0) > 200 ? 5 : 3)
        : between(3, 5);
      if (rng() < 0.25) {
        commitments.push({
          organisationKey: organisation.key,
          willingness: Math.max(1, willingness - 1),
          influence,
          assessedOn: addDays(day, -20),
          resourcesPledged: '',
        });
      }
      commitments.push({
        organisationKey: organisation.key,
        willingness,
        influence,
        assessedOn: day,
        resourcesPledged:
          willingness >= 4
            ? pick([
                'Meeting room for workshops',
                'Staff time for the working group',
                'Co-funding of the field study',
                'Data on suppliers',
              ])
            : '',
        pledgedAmount: willingness >= 4 && rng() < 0.3 ? between(2, 20) * 5_000 : null,
        currency: 'TRY',
      });
    }
  }

  const fieldStudy = sampleFieldStudy(organisations, today, rng);
  // Drawn last, so the organisations, visits and field study are those of earlier samples.
  const informationDay = sampleInformationDay(organisations, today, rng);
  // Drawn after the Information Day, so it and everything before stay as in earlier samples.
  const workshops = sampleWorkshops(organisations, commitments, today, rng);
  return projectBundleSchema.parse({
    format: 'kume-project-bundle',
    version: 1,
    project: {
      name: 'İzmir Makine, Metal ve Döküm Kümesi (örnek proje)',
      slug: SAMPLE_SLUG,
      sector: 'Machinery, metal and casting',
      region: 'İzmir (TR31)',
      description:
        'SAMPLE DATA: a fictional cluster initiative generated by Kume to show the process. Delete it or keep it to practise.',
      languages: ['tr', 'en'],
      isSample: true,
    },
    organisations: [...organisations, ...fieldStudy.newOrganisations],
    visits,
    commitments,
    decisions: [],
    questionnaires: fieldStudy.questionnaires,
    responses: fieldStudy.responses,
    interviews: fieldStudy.interviews,
    relations: fieldStudy.relations,
    events: [informationDay],
    workshops,
    roadmap: sampleRoadmap(organisations, workshops, today),
  } satisfies ProjectBundleInput);
}
