// How many distinct SMEs the field study has reached so far (responses, interviews and focus
// groups together), as the quota page counts them: for the dashboard's stage progress.

import { DEFAULT_QUOTA_TARGET, quotaProgress } from '@kume/core';
import { listOrganisations, reachedOrganisations, type Db } from '@kume/db';

export async function smesReached(db: Db, projectId: string): Promise<number> {
  const [organisations, reached] = await Promise.all([
    listOrganisations(db, projectId),
    reachedOrganisations(db, projectId),
  ]);
  return quotaProgress({
    organisations,
    reached: new Set(reached.map((r) => r.organisationId)),
    target: DEFAULT_QUOTA_TARGET,
  }).reached;
}
