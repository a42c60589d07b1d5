// Why the form is not shown: the event is full (and has no waiting list) or takes no
// registrations now.

import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function SeatsMessage({ seats }: { seats: 'full' | 'closed' }) {
  const { t } = useTranslation('informationDay');
  return (
    <Alert
      color={seats === 'full' ? 'red' : 'gray'}
      title={t(`public.${seats}Title`)}
      data-testid={`public-${seats}`}
    >
      {t(`public.${seats}Text`)}
    </Alert>
  );
}
