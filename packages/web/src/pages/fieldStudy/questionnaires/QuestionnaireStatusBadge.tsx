// A questionnaire's status (draft, open, closed) as a coloured badge.

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireSummaryView } from '../types';

const COLOURS = { draft: 'gray', open: 'teal', closed: 'orange' } as const;

export function QuestionnaireStatusBadge({
  status,
}: {
  status: QuestionnaireSummaryView['status'];
}) {
  const { t } = useTranslation('questionnaires');
  return (
    <Badge
      component="span"
      color={COLOURS[status]}
      variant="light"
      data-testid="questionnaire-status"
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
