// Presents the roadmap's rows as the API answers them: items with their links and source path,
// actions with their organisations' names, horizon and indicators; the settings in force.

import {
  actionHorizon,
  linksTo,
  roadmapSettingsSchema,
  type IsoDate,
  type RoadmapItem,
  type RoadmapSettings,
} from '@kume/core';
import { roadmapItemOf, type RoadmapActionRow, type RoadmapItemRow } from '@kume/db';
import type { IndicatorView } from './indicatorViews';
import type { RoadmapActionView, RoadmapItemView } from './roadmapView';

/** Where an item's source is shown in the web app, within the project (contract paths). */
export function sourcePathOf(source: RoadmapItem['source']): string | null {
  switch (source.kind) {
    case 'workshop':
      return `/workshops/${source.id}`;
    case 'cluster_map':
      return '/field-study/map';
    case 'statistics':
      return '/statistics/clusters';
    case 'manual':
      return null;
  }
}

/** The roadmap's settings as stored, else the defaults: starting January 1 of the year after today. */
export function effectiveRoadmapSettings(
  stored: RoadmapSettings | null,
  today: IsoDate,
): RoadmapSettings {
  const parsed = stored ? roadmapSettingsSchema.safeParse(stored) : undefined;
  if (parsed?.success) return parsed.data;
  return roadmapSettingsSchema.parse({ startsOn: `${Number(today.slice(0, 4)) + 1}-01-01` });
}

/** An item row with its links (the actions naming its key, in plan order). */
export function presentRoadmapItem(
  row: RoadmapItemRow,
  actions: readonly Pick<RoadmapActionRow, 'id' | 'itemKeys'>[],
): RoadmapItemView {
  const item = roadmapItemOf(row);
  return {
    ...item,
    dismissed: row.dismissed,
    linkedActionIds: linksTo(row.key, actions).map((action) => action.id),
    sourcePath: sourcePathOf(item.source),
  };
}

/** An action row with its organisations' names (unknown ids left out) and its indicators. */
export function presentRoadmapAction(
  row: RoadmapActionRow,
  indicators: IndicatorView[],
  names: ReadonlyMap<string, string>,
  startsOn: IsoDate,
): RoadmapActionView {
  const startOn = row.startOn as IsoDate;
  const endOn = row.endOn as IsoDate;
  return {
    id: row.id,
    title: row.title,
    objective: row.objective,
    layer: row.layer,
    horizon: row.horizon,
    effectiveHorizon: actionHorizon({ horizon: row.horizon, endOn }, startsOn),
    itemKeys: row.itemKeys,
    ownerOrganisationId: row.ownerOrganisationId,
    ownerName: row.ownerOrganisationId ? (names.get(row.ownerOrganisationId) ?? null) : null,
    partnerOrganisationIds: row.partnerOrganisationIds,
    partnerNames: row.partnerOrganisationIds.flatMap((id) => names.get(id) ?? []),
    startOn,
    endOn,
    budget: row.budget,
    currency: row.currency,
    fundingSource: row.fundingSource,
    status: row.status,
    indicators,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
