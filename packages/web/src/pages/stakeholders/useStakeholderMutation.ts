// A write of stage 1: sends it, says so in a notification, and refreshes what it changed
// (all stage 1 queries and the project dashboard, whose counts and gate depend on them).

import { notifications } from '@mantine/notifications';
import { matchQuery, useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { projectKey } from '../../api/useProject';
import { stakeholderKeys } from './stakeholderQueries';

export interface StakeholderMutationOptions<Result> {
  /** The notification on success; a function receives the answer. */
  success: string | ((result: Result) => string);
  onSuccess?: (result: Result) => void;
  /** Show errors as a notification too (for actions in lists, which have no form for an alert). */
  notifyErrors?: boolean;
  onError?: (error: Error) => void;
  /**
   * The query of what the mutation deleted: it is not asked for again (its page is still on
   * screen until the navigation away lands) and is dropped from the cache once unused.
   */
  forget?: QueryKey;
}

export function useStakeholderMutation<Variables, Result>(
  slug: string,
  mutationFn: (variables: Variables) => Promise<Result>,
  options: StakeholderMutationOptions<Result>,
) {
  const client = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      notifications.show({
        color: 'teal',
        message: typeof options.success === 'function' ? options.success(result) : options.success,
      });
      options.onSuccess?.(result);
      const { forget } = options;
      const keep = (query: Parameters<typeof matchQuery>[1]) =>
        !forget || !matchQuery({ queryKey: forget }, query);
      await Promise.all([
        client.invalidateQueries({ queryKey: stakeholderKeys.all(slug), predicate: keep }),
        client.invalidateQueries({ queryKey: projectKey(slug) }),
      ]);
      if (forget) client.removeQueries({ queryKey: forget, type: 'inactive' });
    },
    onError: (error) => {
      options.onError?.(error);
      if (options.notifyErrors)
        notifications.show({ color: 'red', title: t('error.title'), message: error.message });
    },
  });
}
