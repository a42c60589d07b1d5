// An error of the Information Day routes in words: a refusal in the UI language (by its code),
// a validation error with the places the server named as the shared ErrorAlert shows them.

import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { eventErrorText } from './eventErrorText';

export function EventErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('informationDay');
  if (!error) return null;
  if (!(error instanceof ApiError) || error.issues.length > 0 || error.code === 'csrf')
    return <ErrorAlert error={error} />;
  return (
    <Alert color="red" title={t('common:error.title')} role="alert" data-testid="error-alert">
      {eventErrorText(error, t)}
    </Alert>
  );
}
