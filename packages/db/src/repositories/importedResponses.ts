// Responses imported from another survey tool's spreadsheet: all rows in one transaction, so an
// import is stored whole or not at all.

import type { Answers } from '@kume/core';
import type { Db } from '../database';
import { responses } from '../schema/index';

export interface ImportedResponse {
  organisationId: string | null;
  respondentName: string;
  answers: Answers;
}

/** Stores the rows as submitted responses of channel `import`; returns their ids in order. */
export async function insertImportedResponses(
  db: Db,
  projectId: string,
  questionnaireId: string,
  rows: readonly ImportedResponse[],
  now: Date,
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const ids: string[] = [];
    for (let start = 0; start < rows.length; start += 500) {
      const inserted = await tx
        .insert(responses)
        .values(
          rows.slice(start, start + 500).map((row) => ({
            projectId,
            questionnaireId,
            organisationId: row.organisationId,
            channel: 'import' as const,
            status: 'submitted' as const,
            answers: row.answers,
            respondentName: row.respondentName,
            startedAt: now,
            updatedAt: now,
            submittedAt: now,
          })),
        )
        .returning({ id: responses.id });
      ids.push(...inserted.map((r) => r.id));
    }
    return ids;
  });
}
