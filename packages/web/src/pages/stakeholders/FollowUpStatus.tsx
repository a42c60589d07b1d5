// A follow-up's state in one badge: done (on which day), overdue by N days (red), or due.

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpView } from '@kume/server';
import { useFormat } from '../../i18n/format';

export function FollowUpStatus({ followUp }: { followUp: FollowUpView }) {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  if (followUp.doneOn)
    return (
      <Badge color="teal" variant="light">
        {t('followUps.doneOn', { date: format.date(followUp.doneOn) })}
      </Badge>
    );
  if (followUp.daysOverdue > 0)
    return (
      <Badge color="red" variant="filled" data-testid="follow-up-overdue">
        {t('followUps.overdueDays', { count: followUp.daysOverdue })}
      </Badge>
    );
  return (
    <Badge color="blue" variant="light">
      {t('followUps.open')}
    </Badge>
  );
}
