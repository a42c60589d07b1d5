// A new workshop's definition from a built-in template and the create request's options, filling
// what the project already knows: the success factors from its latest workshop results.

import {
  type BuiltInTemplateId,
  type WorkshopDefinition,
  workshopTemplate,
  type WorkshopTemplateOptions,
} from '@kume/core';
import type { Db } from '@kume/db';
import { HttpError } from '../http/httpError';
import { projectWorkshopResults } from './projectWorkshopResults';

/** Most items a Delphi round is made with: enough for a between-meetings questionnaire. */
export const MAX_DELPHI_ITEMS = 30;

export interface TemplateRequest {
  templateId: BuiltInTemplateId;
  weighting?: 'pairwise' | 'points' | undefined;
  facilitatorVotes?: boolean | undefined;
  factors?: { id: string; text: string }[] | undefined;
  items?: string[] | undefined;
  maxIterations?: number | undefined;
}

/** The project's weighted success factors (latest closed workshop with factors), in its order. */
async function projectFactors(db: Db, projectId: string): Promise<{ id: string; text: string }[]> {
  const items = (await projectWorkshopResults(db, projectId)).factors?.items ?? [];
  return items.map(({ id, text }) => ({ id, text: text.slice(0, 280) }));
}

/**
 * The definition for the template: requisite skills list the project's factors unless given; a
 * Delphi round rates the given items, else the project's factors, and is refused (400) when there
 * are neither.
 */
export async function templateDefinition(
  db: Db,
  projectId: string,
  request: TemplateRequest,
): Promise<WorkshopDefinition> {
  const { templateId } = request;
  const options: WorkshopTemplateOptions = {
    ...(request.weighting ? { weighting: request.weighting } : {}),
    ...(request.facilitatorVotes !== undefined
      ? { facilitatorVotes: request.facilitatorVotes }
      : {}),
  };
  if (templateId === 'requisite_skills') {
    const factors = request.factors ?? (await projectFactors(db, projectId));
    return workshopTemplate(templateId, { ...options, factors });
  }
  if (templateId === 'delphi') {
    const items =
      request.items ??
      (await projectFactors(db, projectId)).slice(0, MAX_DELPHI_ITEMS).map(({ text }) => text);
    if (items.length === 0) {
      // Its own code, so the screen can say it in the user's language.
      const message =
        'give the items to rate: the project has no success factors from a closed workshop yet';
      throw new HttpError(400, 'no_success_factors', message, [{ path: 'body.items', message }]);
    }
    return workshopTemplate(templateId, {
      ...options,
      items,
      ...(request.maxIterations !== undefined ? { maxIterations: request.maxIterations } : {}),
    });
  }
  return workshopTemplate(templateId, options);
}
