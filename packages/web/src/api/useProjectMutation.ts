// A write to a project: sends it, says so in a notification, and refreshes the queries it
// changed and the project dashboard (whose stage progress depends on them). The statistics,
// questionnaire and field study writes are this with their own query keys.

import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { projectKey } from './useProject';

export interface ProjectMutationOptions<Result> {
  /** The notification on success (a function receives the answer); none when omitted. */
  success?: string | ((result: Result) => string);
  onSuccess?: (result: Result) => void;
  /** Show errors as a notification too (actions in lists have no form for an alert). */
  notifyErrors?: boolean;
}

export function useProjectMutation<Variables, Result>(
  slug: string,
  refresh: readonly QueryKey[],
  mutationFn: (variables: Variables) => Promise<Result>,
  options: ProjectMutationOptions<Result> = {},
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
      await Promise.all(
        [...refresh, projectKey(slug)].map((queryKey) => client.invalidateQueries({ queryKey })),
      );
    },
    onError: (error) => {
      if (options.notifyErrors)
        notifications.show({ color: 'red', title: t('error.title'), message: error.message });
    },
  });
}
