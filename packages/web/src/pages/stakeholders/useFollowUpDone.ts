// Marks a follow-up done or open again (PATCH `{done}`); the server records today as the day.

import { useTranslation } from 'react-i18next';
import type { FollowUpView } from '@kume/server';
import { api, projectPath } from '../../api/client';
import { useStakeholderMutation } from './useStakeholderMutation';

export function useFollowUpDone(slug: string) {
  const { t } = useTranslation('stakeholders');
  return useStakeholderMutation(
    slug,
    ({ id, done }: { id: string; done: boolean }) =>
      api.patch<FollowUpView>(projectPath(slug, `/follow-ups/${id}`), { done }),
    {
      success: (followUp) =>
        followUp.doneOn ? t('followUps.markedDone') : t('followUps.reopened'),
      notifyErrors: true,
    },
  );
}
