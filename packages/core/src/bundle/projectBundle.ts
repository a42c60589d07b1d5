// A whole project as one JSON document: what `kume export` writes, `kume import` reads, and the
// sample project is generated as. Records refer to each other by keys, not database ids.

import { z } from 'zod';
import { commitmentInputSchema } from '../commitment/commitmentInput';
import { isoDateSchema } from '../dateSchema';
import { contactInputSchema, organisationInputSchema } from '../organisation/organisationInput';
import { projectInputSchema } from '../project/projectInput';
import { decisionInputSchema } from '../readiness/decisionInput';
import { valueChainSchema } from '../network/valueChainSchema';
import { readinessThresholdsSchema } from '../readiness/readinessThresholds';
import { VISIT_LEVELS } from '../visit/visitInput';
import {
  bundleInterviewSchema,
  bundleQuestionnaireSchema,
  bundleRelationSchema,
  bundleResponseSchema,
  checkFieldStudyReferences,
} from './projectBundleFieldStudy';
import {
  bundleBenchmarkCaseSchema,
  bundleEventSchema,
  bundleLogoSchema,
  checkInformationDayReferences,
} from './projectBundleInformationDay';
import { bundleRoadmapSchema, checkRoadmapReferences } from './projectBundleRoadmap';
import {
  bundleIoSettingsSchema,
  bundleIoTableSchema,
  bundleWorkshopSchema,
  checkWorkshopReferences,
} from './projectBundleWorkshops';

export const BUNDLE_FORMAT = 'kume-project-bundle';
export const BUNDLE_VERSION = 1;

const key = z.string().min(1).max(100);
const email = z.email().nullable().default(null);
const timestamp = z.iso.datetime({ offset: true }).optional();

export const projectBundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    exportedAt: timestamp,
    project: projectInputSchema.extend({
      slug: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        .max(60)
        .optional(),
      isSample: z.boolean().default(false),
      readinessThresholds: readinessThresholdsSchema.default(() =>
        readinessThresholdsSchema.parse({}),
      ),
      /** The project's own value chain; null (or absent, in older bundles) until chosen. */
      valueChain: valueChainSchema.nullable().default(null),
      /** The confirmed working group, its members by organisation key; null until confirmed. */
      workingGroup: z
        .object({
          memberKeys: z.array(key).max(10_000),
          confirmedAt: z.iso.datetime({ offset: true }),
          confirmedBy: email,
        })
        .nullable()
        .default(null),
      /** The IO table and industries for the cluster map; null (or absent) until chosen. */
      ioSettings: bundleIoSettingsSchema.nullable().default(null),
    }),
    organisations: z
      .array(
        organisationInputSchema.extend({
          key,
          contacts: z.array(contactInputSchema.extend({ key })).max(200).default([]),
          /** Added by a field study answer that named it; a facilitator should check it. */
          needsReview: z.boolean().default(false),
          /** Where the record came from when not entered by hand, e.g. `field_study`. */
          source: z.string().trim().max(100).default(''),
        }),
      )
      .max(50_000),
    visits: z
      .array(
        z.object({
          key,
          visitedOn: isoDateSchema,
          level: z.enum(VISIT_LEVELS),
          purpose: z.string().trim().max(200).default(''),
          organisationKeys: z.array(key).min(1),
          contactKeys: z.array(key).default([]),
          team: z.array(z.email()).default([]),
          notes: z.string().max(20_000).default(''),
          outcomes: z.string().max(5_000).default(''),
          followUps: z
            .array(
              z.object({
                description: z.string().trim().min(1).max(500),
                dueOn: isoDateSchema,
                doneOn: isoDateSchema.nullable().default(null),
                assignee: email,
              }),
            )
            .default([]),
        }),
      )
      .max(50_000),
    commitments: z
      .array(
        commitmentInputSchema.extend({
          organisationKey: key,
          assessor: email,
          recordedAt: timestamp,
        }),
      )
      .max(200_000),
    decisions: z
      .array(decisionInputSchema.extend({ decidedBy: email, recordedAt: timestamp }))
      .default([]),
    // The field study (issue 4); bundles written before it have none of these.
    questionnaires: z.array(bundleQuestionnaireSchema).max(1_000).default([]),
    responses: z.array(bundleResponseSchema).max(200_000).default([]),
    interviews: z.array(bundleInterviewSchema).max(50_000).default([]),
    relations: z.array(bundleRelationSchema).max(500_000).default([]),
    // IO tables and workshops; older bundles have none of these.
    ioTables: z.array(bundleIoTableSchema).max(100).default([]),
    workshops: z.array(bundleWorkshopSchema).max(1_000).default([]),
    // The Information Day (issue 7); older bundles have none of these. No invitations: their
    // link tokens are secrets.
    events: z.array(bundleEventSchema).max(1_000).default([]),
    benchmarkCases: z.array(bundleBenchmarkCaseSchema).max(1_000).default([]),
    logo: bundleLogoSchema.nullable().default(null),
    // The roadmap (issue 8); older bundles have none.
    roadmap: bundleRoadmapSchema.prefault({}),
  })
  .superRefine((bundle, ctx) => {
    const organisationKeys = new Set<string>();
    const contactKeys = new Set<string>();
    bundle.organisations.forEach((organisation, i) => {
      if (organisationKeys.has(organisation.key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['organisations', i, 'key'],
          message: `duplicate key "${organisation.key}"`,
        });
      }
      organisationKeys.add(organisation.key);
      organisation.contacts.forEach((contact) => contactKeys.add(contact.key));
    });
    bundle.visits.forEach((visit, i) => {
      visit.organisationKeys.forEach((k, j) => {
        if (!organisationKeys.has(k)) {
          ctx.addIssue({
            code: 'custom',
            path: ['visits', i, 'organisationKeys', j],
            message: `no organisation has key "${k}"`,
          });
        }
      });
      visit.contactKeys.forEach((k, j) => {
        if (!contactKeys.has(k)) {
          ctx.addIssue({
            code: 'custom',
            path: ['visits', i, 'contactKeys', j],
            message: `no contact has key "${k}"`,
          });
        }
      });
    });
    bundle.project.workingGroup?.memberKeys.forEach((k, j) => {
      if (!organisationKeys.has(k)) {
        ctx.addIssue({
          code: 'custom',
          path: ['project', 'workingGroup', 'memberKeys', j],
          message: `no organisation has key "${k}"`,
        });
      }
    });
    bundle.commitments.forEach((commitment, i) => {
      if (!organisationKeys.has(commitment.organisationKey)) {
        ctx.addIssue({
          code: 'custom',
          path: ['commitments', i, 'organisationKey'],
          message: `no organisation has key "${commitment.organisationKey}"`,
        });
      }
    });
    checkFieldStudyReferences(bundle, organisationKeys, contactKeys, (path, message) =>
      ctx.addIssue({ code: 'custom', path, message }),
    );
    checkWorkshopReferences(bundle, organisationKeys, (path, message) =>
      ctx.addIssue({ code: 'custom', path, message }),
    );
    checkInformationDayReferences(bundle, organisationKeys, (path, message) =>
      ctx.addIssue({ code: 'custom', path, message }),
    );
    checkRoadmapReferences(bundle, organisationKeys, (path, message) =>
      ctx.addIssue({ code: 'custom', path, message }),
    );
  });

export type ProjectBundle = z.output<typeof projectBundleSchema>;
export type ProjectBundleInput = z.input<typeof projectBundleSchema>;

/** Zod issues as "organisations[3].type: message" lines, for the CLI and the API. */
export function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string[] {
  return issues.map((issue) => {
    const path = issue.path
      .map((part, i) =>
        typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
      )
      .join('');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
