// Shows an API or network error in words, with the places the server named.

import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <Alert color="red" title={title ?? t('error.title')} role="alert" data-testid="error-alert">
      {error instanceof ApiError && error.code === 'csrf' ? t('error.csrf') : message}
      {issues.length > 0 && (
        <List size="sm" mt="xs">
          {issues.slice(0, 20).map((issue, i) => (
            <List.Item key={i}>
              {issue.path}: {issue.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
