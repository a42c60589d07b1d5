// A new invitation's link, shown once: Kume sends no email, so the owner copies it and sends it.

import { Alert, Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationView } from '@kume/server';
import { useFormat } from '../../i18n/format';

export function InvitationLink({ invitation }: { invitation: InvitationView & { link: string } }) {
  const { t } = useTranslation('projects');
  const format = useFormat();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      // The clipboard API exists only on secure pages (https or localhost).
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(invitation.link);
      setCopied(true);
      notifications.show({ color: 'teal', message: t('invite.copied') });
    } catch {
      input.current?.select();
      notifications.show({ color: 'orange', message: t('invite.copyFailed') });
    }
  };

  return (
    <Alert color="teal" title={t('invite.linkTitle', { email: invitation.email })}>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput
          ref={input}
          value={invitation.link}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: 1, minWidth: 0 }}
          aria-label={t('invite.linkLabel')}
          data-testid="invitation-link"
        />
        <Button
          variant={copied ? 'light' : 'filled'}
          onClick={() => void copy()}
          data-testid="copy-link"
        >
          {copied ? t('invite.copiedShort') : t('invite.copy')}
        </Button>
      </Group>
      <div style={{ marginTop: 8 }}>
        {t('invite.linkNote', { email: invitation.email, date: format.date(invitation.expiresAt) })}
      </div>
    </Alert>
  );
}
