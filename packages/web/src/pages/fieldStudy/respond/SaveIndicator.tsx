// The unobtrusive line that says whether the draft is on the server: "Saved 10:42", "Saving…" or
// "Not saved: <reason> — retrying" (then the answers are kept on the device).

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './DraftAutosaver';

export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t, i18n } = useTranslation('respond');
  const time = (at: Date) =>
    new Intl.DateTimeFormat(i18n.language === 'tr' ? 'tr-TR' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    }).format(at);
  let text = '';
  if (status.kind === 'saving') text = t('save.saving');
  else if (status.kind === 'saved') text = t('save.saved', { time: time(status.at) });
  else if (status.kind === 'failed') text = t('save.failed', { reason: status.reason });
  return (
    <Text
      size="sm"
      c={status.kind === 'failed' ? 'orange.8' : 'dimmed'}
      aria-live="polite"
      data-testid="save-status"
      title={status.kind === 'failed' ? t('save.keptHere') : undefined}
    >
      {text}
    </Text>
  );
}
