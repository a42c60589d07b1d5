// The project's focus, as chosen in the secondary research: the focus region (with its name where
// an imported map or Turkey's NUTS-2 list gives one) and the focus clusters with their names in
// the chosen definition.
// The dashboard shows it; later stages (Information Day deck, workshops, roadmap) read it here.

import { z } from 'zod';
import { regionIdIndex, turkeyNuts2Name } from '@kume/core';
import { findClusterDefinition, listGeographies, type Db, type ProjectRow } from '@kume/db';

export const projectFocusSchema = z
  .object({
    /** The focus region's code, as in the dataset. */
    region: z.string(),
    /**
     * Its name in an imported map of the project, else its name as a Turkish NUTS-2 region
     * ('TR31': İzmir); absent when neither names it.
     */
    regionName: z.string().optional(),
    /** In the order the analyst marked them; `name` is the code where the definition has none. */
    clusters: z.array(z.object({ code: z.string(), name: z.string() })),
  })
  .nullable();

export type ProjectFocus = z.output<typeof projectFocusSchema>;

/**
 * The region's name in the newest imported map that names it (codes matched by regionCodeKey),
 * else Turkey's name for a NUTS-2 code (a development agency's region needs no map to be named).
 */
async function regionNameOf(db: Db, projectId: string, region: string) {
  for (const geography of await listGeographies(db, projectId)) {
    const id = regionIdIndex(geography.regions.map((r) => r.id)).idOf(region);
    const name = geography.regions.find((r) => r.id === id)?.name;
    if (name) return name;
  }
  return turkeyNuts2Name(region);
}

/**
 * The focus of `project`, or null while no focus region is chosen. Focus clusters are kept when
 * the chosen definition (or none) does not know them, named by their code.
 */
export async function projectFocus(
  db: Db,
  project: Pick<ProjectRow, 'id' | 'statisticsSettings'>,
): Promise<ProjectFocus> {
  const settings = project.statisticsSettings ?? {};
  const region = settings.focusRegion;
  if (!region) return null;
  const [definition, regionName] = await Promise.all([
    settings.definitionId
      ? findClusterDefinition(db, project.id, settings.definitionId)
      : undefined,
    regionNameOf(db, project.id, region),
  ]);
  const names = new Map<string, string>();
  // A cluster's name may be given on any of its entries.
  for (const entry of definition?.entries ?? [])
    if (entry.clusterName || !names.has(entry.cluster))
      names.set(entry.cluster, entry.clusterName ?? entry.cluster);
  return {
    region,
    ...(regionName ? { regionName } : {}),
    clusters: (settings.focusClusters ?? []).map((code) => ({
      code,
      name: names.get(code) ?? code,
    })),
  };
}
