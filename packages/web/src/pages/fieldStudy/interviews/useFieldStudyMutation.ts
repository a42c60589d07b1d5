// A write of the field study's primary research: sends it, says so, and refreshes the field
// study's queries, the registry (relations add organisations) and the dashboard (its quota).

import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { projectKey } from '../../../api/useProject';
import { stakeholderKeys } from '../../stakeholders/stakeholderQueries';
import { fieldStudyKey } from './interviewQueries';

export function useFieldStudyMutation<Variables, Result>(
  slug: string,
  mutationFn: (variables: Variables) => Promise<Result>,
  options: { success: string; onSuccess?: (result: Result) => void; notifyErrors?: boolean },
) {
  const client = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      notifications.show({ color: 'teal', message: options.success });
      options.onSuccess?.(result);
      await Promise.all([
        client.invalidateQueries({ queryKey: fieldStudyKey(slug) }),
        client.invalidateQueries({ queryKey: stakeholderKeys.all(slug) }),
        client.invalidateQueries({ queryKey: projectKey(slug) }),
      ]);
    },
    onError: (error) => {
      if (options.notifyErrors)
        notifications.show({ color: 'red', title: t('error.title'), message: error.message });
    },
  });
}
