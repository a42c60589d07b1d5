// A questionnaire's responses in and out of spreadsheets: export the submitted responses (and the
// relations they reported) as CSV or XLSX; import responses from another survey tool through a
// column mapping, all rows or none.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  findQuestionnaire,
  insertImportedResponses,
  listAnswerTags,
  listOrganisations,
  questionnaireRelations,
  submittedResponses,
} from '@kume/db';
import { contentTypes, writeTable, writeWorkbook, type Table } from '@kume/io';
import {
  importTargets,
  readResponseRows,
  suggestResponseMapping,
  type ColumnRef,
} from '../fieldStudy/readResponseRows';
import { questionsTable, relationsTable, responsesTable } from '../fieldStudy/responseTables';
import { HttpError, notFound, type ErrorIssue } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { readTableUpload, tablePreview } from '../http/readUpload';
import { idParam } from './params';

const MAX_IMPORT_ROWS = 10_000;
const columnRef = z.union([z.string().min(1).max(200), z.number().int().min(0).max(199)]);
const optionsSchema = z.object({
  mapping: z
    .object({
      answers: z.record(z.string().max(100), columnRef),
      organisation: columnRef.optional(),
      respondent: columnRef.optional(),
    })
    .optional(),
  sheet: z.string().max(100).optional(),
  dryRun: z.boolean().default(false),
});

const validationError = (message: string, issues: ErrorIssue[]) =>
  new HttpError(400, 'validation', message, issues);

/** The column index a reference names; an issue when the file has no such column. */
function columnIndex(table: Table, ref: ColumnRef, path: string, issues: ErrorIssue[]) {
  const index = typeof ref === 'number' ? ref : table.headings.indexOf(ref);
  if (index < 0 || index >= table.headings.length) {
    issues.push({
      path,
      message: `the file has no column ${typeof ref === 'number' ? ref + 1 : `"${ref}"`}`,
    });
    return undefined;
  }
  return index;
}

export async function responseFileRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  const questionnaireOf = async (projectId: string, id: string) => {
    const row = await findQuestionnaire(db, projectId, id);
    if (!row) throw notFound('questionnaire');
    return row;
  };

  app.get(
    '/api/projects/:slug/questionnaires/:id/responses/export',
    {
      schema: {
        tags: ['field study'],
        summary:
          'Submitted responses as CSV or XLSX: one row per response, one column per question (matrix: per row; text questions add `<id>.tags`); XLSX adds the sheets Relations and Questions, CSV gives them with ?table=',
        params: idParam,
        querystring: z.object({
          format: z.enum(['csv', 'xlsx']).default('xlsx'),
          table: z.enum(['responses', 'relations', 'questions']).default('responses'),
        }),
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const questionnaire = await questionnaireOf(project.id, request.params.id);
      const { definition } = questionnaire;
      const [responses, relations, tagRows] = await Promise.all([
        submittedResponses(db, project.id, questionnaire.id),
        questionnaireRelations(db, project.id, questionnaire.id),
        listAnswerTags(db, project.id, questionnaire.id),
      ]);
      const tags = new Map(tagRows.map((r) => [`${r.responseId} ${r.questionId}`, r.tags]));
      const language = user.locale === 'en' ? 'en' : 'tr';
      const tables = {
        responses: responsesTable(
          definition,
          responses,
          (responseId, questionId) => tags.get(`${responseId} ${questionId}`) ?? [],
        ),
        relations: relationsTable(relations),
        questions: questionsTable(definition, language),
      };
      const { format, table } = request.query;
      const bytes =
        format === 'xlsx'
          ? await writeWorkbook([
              { name: 'Responses', ...tables.responses },
              { name: 'Relations', ...tables.relations },
              { name: 'Questions', ...tables.questions },
            ])
          : await writeTable('csv', tables[table].headings, tables[table].rows);
      const name = `${project.slug}-${table === 'responses' || format === 'xlsx' ? 'responses' : table}`;
      return reply
        .header('content-type', contentTypes[format])
        .header('content-disposition', `attachment; filename="${name}.${format}"`)
        .send(bytes);
    },
  );

  app.post(
    '/api/projects/:slug/questionnaires/:id/responses/import/preview',
    {
      schema: {
        tags: ['field study'],
        summary:
          'Read a CSV/XLSX of responses from another tool: headings, first rows, the columns it can fill and a suggested mapping',
        params: idParam,
        consumes: ['multipart/form-data'],
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'field_study');
      const questionnaire = await questionnaireOf(project.id, request.params.id);
      const { file, table } = await readTableUpload(request, optionsSchema);
      return {
        ...tablePreview(file.name, table),
        targets: importTargets(questionnaire.definition).map(({ key, question, row }) => ({
          key,
          questionId: question.id,
          type: question.type,
          title: question.title,
          row: row ?? null,
        })),
        suggestedMapping: suggestResponseMapping(questionnaire.definition, table.headings),
      };
    },
  );

  app.post(
    '/api/projects/:slug/questionnaires/:id/responses/import',
    {
      schema: {
        tags: ['field study'],
        summary:
          'Import responses from a CSV/XLSX with a column mapping (options part: {mapping, sheet?, dryRun?}); any bad row stores nothing',
        params: idParam,
        consumes: ['multipart/form-data'],
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'field_study');
      const questionnaire = await questionnaireOf(project.id, request.params.id);
      const { definition } = questionnaire;
      const { file, options, table } = await readTableUpload(request, optionsSchema);
      const mapping = options.mapping ?? suggestResponseMapping(definition, table.headings);
      const targets = new Set(importTargets(definition).map((t) => t.key));
      const issues: ErrorIssue[] = [];
      const answerColumns = new Map<string, number>();
      for (const [key, ref] of Object.entries(mapping.answers)) {
        const path = `mapping.answers.${key}`;
        if (!targets.has(key)) {
          issues.push({
            path,
            message: `"${key}" is not a question (or matrix row) that can be imported`,
          });
          continue;
        }
        const index = columnIndex(table, ref, path, issues);
        if (index !== undefined) answerColumns.set(key, index);
      }
      const extra = (ref: ColumnRef | undefined, path: string) =>
        ref === undefined ? undefined : columnIndex(table, ref, path, issues);
      const organisation = extra(mapping.organisation, 'mapping.organisation');
      const respondent = extra(mapping.respondent, 'mapping.respondent');
      if (answerColumns.size === 0 && issues.length === 0)
        issues.push({ path: 'mapping.answers', message: 'no column is mapped to a question' });
      if (table.rows.length > MAX_IMPORT_ROWS)
        issues.push({ path: 'file', message: `more than ${MAX_IMPORT_ROWS} rows; split the file` });
      if (issues.length)
        throw validationError(
          `nothing was imported: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
          issues,
        );

      const organisations = await listOrganisations(db, project.id);
      const { rows, problems, emptyRows } = readResponseRows(
        definition,
        table,
        {
          answers: answerColumns,
          ...(organisation === undefined ? {} : { organisation }),
          ...(respondent === undefined ? {} : { respondent }),
        },
        new Map(organisations.map((o) => [o.nameKey, o.id])),
      );
      if (problems.length) {
        const where = (p: (typeof problems)[number]) =>
          p.column === null ? `row ${p.row}` : `row ${p.row}, column "${p.column}"`;
        const listed = problems.slice(0, 50).map((p) => ({ path: where(p), message: p.message }));
        throw new HttpError(
          400,
          'import_invalid',
          `nothing was imported: ${problems.length} error(s) in ${file.name}; ${listed
            .slice(0, 3)
            .map((i) => `${i.path}: ${i.message}`)
            .join('; ')}`,
          listed,
          { errorCount: problems.length },
        );
      }
      const ids = options.dryRun
        ? []
        : await insertImportedResponses(
            db,
            project.id,
            questionnaire.id,
            rows.map((r) => ({
              organisationId: r.organisationId,
              respondentName: r.respondentName || (r.unmatchedOrganisation ?? ''),
              answers: r.answers,
            })),
            app.kume.now(),
          );
      return {
        fileName: file.name,
        dryRun: options.dryRun,
        mapping,
        rowCount: table.rows.length,
        emptyRows,
        validCount: rows.length,
        imported: ids.length,
        matchedOrganisations: rows.filter((r) => r.organisationId).length,
        /** Organisation names the registry does not have: stored as the respondent's name. */
        unmatchedOrganisations: rows.flatMap((r) =>
          r.unmatchedOrganisation ? [{ row: r.row, name: r.unmatchedOrganisation }] : [],
        ),
      };
    },
  );
}
