// The analyst's choices for the secondary research (dataset, definition, relatedness matrix,
// focus and benchmark region, years), stored with the project and shared by every statistics page.

import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { projectKey, useProject } from '../../api/useProject';
import {
  analysisParams,
  statisticsKeys,
  statisticsPath,
  useStatisticsSettings,
} from './statisticsQueries';
import type { StatisticsSettingsView } from './types';

export const NO_CHOICES: StatisticsSettingsView = {
  datasetId: null,
  definitionId: null,
  relatednessId: null,
  focusRegion: null,
  benchmarkRegion: null,
  year: null,
  fromYear: null,
  focusClusters: [],
};

/**
 * The saved choices, the analysis parameters they give (null while a dataset or definition is
 * missing), whether this member may change them, and `change(partial)`, which shows the change at
 * once and stores it (a refusal is notified, and the stored choices are shown again).
 */
export function useStatisticsChoices() {
  const { t } = useTranslation();
  const project = useProject();
  const { slug } = project;
  const client = useQueryClient();
  const settings = useStatisticsSettings(slug);
  const key = statisticsKeys.settings(slug);
  const mutationKey = ['statistics', slug, 'save-settings'];
  const save = useMutation({
    mutationKey,
    // One save at a time, in the order made: quick changes in a row all arrive, the last wins.
    scope: { id: `statistics-settings-${slug}` },
    mutationFn: (next: StatisticsSettingsView) =>
      api.put<StatisticsSettingsView>(statisticsPath(slug, '/settings'), next),
    onError: (error) => {
      notifications.show({ color: 'red', title: t('error.title'), message: error.message });
    },
    onSettled: async () => {
      // Only after the last pending save: an earlier answer would undo the later changes shown.
      if (client.isMutating({ mutationKey }) > 1) return;
      await Promise.all([
        client.invalidateQueries({ queryKey: key }),
        client.invalidateQueries({ queryKey: projectKey(slug) }),
      ]);
    },
  });
  const choices = settings.data ?? NO_CHOICES;
  return {
    slug,
    settings,
    choices,
    params: analysisParams(settings.data),
    canWrite: project.can('statistics'),
    saving: save.isPending,
    /** Shows the change at once (on top of the latest changes shown) and saves it. */
    change: async (
      changes:
        | Partial<StatisticsSettingsView>
        | ((current: StatisticsSettingsView) => Partial<StatisticsSettingsView>),
    ) => {
      // A fetch of the settings still in flight would overwrite the change shown: stop it first.
      await client.cancelQueries({ queryKey: key });
      // Read the latest choices only now, so that quick changes in a row build on each other.
      const current = client.getQueryData<StatisticsSettingsView>(key) ?? NO_CHOICES;
      const next = { ...current, ...(typeof changes === 'function' ? changes(current) : changes) };
      client.setQueryData(key, next);
      save.mutate(next);
    },
  };
}
