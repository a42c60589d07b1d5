// A write of the secondary research: sends it, says so in a notification, and refreshes every
// statistics query and the project dashboard (whose stage 2 progress depends on them).

import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { projectKey } from '../../api/useProject';
import { statisticsKeys } from './statisticsQueries';

export interface StatisticsMutationOptions<Result> {
  /** The notification on success (a function receives the answer); none when omitted. */
  success?: string | ((result: Result) => string);
  onSuccess?: (result: Result) => void;
  /** Show errors as a notification too (actions in lists have no form for an alert). */
  notifyErrors?: boolean;
}

export function useStatisticsMutation<Variables, Result>(
  slug: string,
  mutationFn: (variables: Variables) => Promise<Result>,
  options: StatisticsMutationOptions<Result> = {},
) {
  const client = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      if (options.success)
        notifications.show({
          color: 'teal',
          message:
            typeof options.success === 'function' ? options.success(result) : options.success,
        });
      options.onSuccess?.(result);
      await Promise.all([
        client.invalidateQueries({ queryKey: statisticsKeys.all(slug) }),
        client.invalidateQueries({ queryKey: projectKey(slug) }),
      ]);
    },
    onError: (error) => {
      if (options.notifyErrors)
        notifications.show({ color: 'red', title: t('error.title'), message: error.message });
    },
  });
}
