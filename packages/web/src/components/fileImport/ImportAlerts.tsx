// A file import's failures: the request's error (a file that cannot be read or is too large in
// the import's words) and, when the server refused the import, that nothing was imported.

import { Alert } from '@mantine/core';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../ErrorAlert';
import { useImportText, type ImportWords } from './useImportText';

export function ImportAlerts({
  error,
  rejected,
  words,
}: {
  error: Error | null;
  /** The server refused the import (422 with the failed check). */
  rejected: boolean;
  words: ImportWords;
}) {
  const text = useImportText(words);
  const title =
    error instanceof ApiError && error.code === 'unsupported_file'
      ? text('unreadable')
      : error instanceof ApiError && error.status === 413
        ? text('tooLarge')
        : undefined;
  return (
    <>
      {error && <ErrorAlert error={error} title={title} />}
      {rejected && (
        <Alert color="red" role="alert">
          {text('rejected')}
        </Alert>
      )}
    </>
  );
}
