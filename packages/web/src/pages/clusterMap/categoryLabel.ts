// The words for a category value (a stage id, a type, a community number) in the UI language.

import { localText } from '@kume/core';
import type { TFunction } from 'i18next';
import { UNPLACED, type Category } from './mapOptions';
import type { ClusterMapView } from './types';

export function categoryLabel(
  category: Category,
  key: string,
  view: ClusterMapView,
  t: TFunction,
  language: string,
): string {
  if (category === 'stage') {
    if (key === UNPLACED) return t('clusterMap:legend.noStage');
    const stage = view.chain.stages.find((s) => s.id === key);
    return stage ? localText(stage.name, language) : key;
  }
  if (category === 'type') return t(`common:organisationType.${key}`, { defaultValue: key });
  return t('clusterMap:legend.community', { id: Number(key) + 1 });
}
