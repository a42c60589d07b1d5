// What a statistics page shows before the choices it needs are made: which ones, and where.

import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';

export function ChoicesMissing({
  slug,
  needs,
}: {
  slug: string;
  /** The choices still missing, as keys of choices.* ('dataset', 'definition', 'focusRegion'). */
  needs: readonly string[];
}) {
  const { t } = useTranslation('statistics');
  return (
    <EmptyState
      title={t('missing.title')}
      description={t('missing.text', {
        choices: needs.map((need) => t(`choices.${need}`)).join(', '),
      })}
      action={
        <Button
          component={Link}
          to={`/p/${encodeURIComponent(slug)}/statistics/data`}
          variant="light"
        >
          {t('missing.toData')}
        </Button>
      }
    />
  );
}
