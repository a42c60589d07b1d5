// Switches the UI between Turkish and English; signed-in users keep the choice on their account.

import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionView, UserView } from '@kume/server';
import { api } from '../api/client';
import { sessionKey } from '../api/session';
import { changeLanguage, type Language } from '../i18n/i18n';

export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { i18n, t } = useTranslation();
  const client = useQueryClient();
  const choose = async (value: string) => {
    const language = value as Language;
    await changeLanguage(language);
    if (signedIn) {
      const user = await api.patch<UserView>('/api/me', { locale: language }).catch(() => null);
      if (user)
        client.setQueryData<SessionView | null>(sessionKey, (session) =>
          session ? { ...session, user } : session,
        );
    }
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      data-testid="language-switch"
      value={i18n.language === 'tr' ? 'tr' : 'en'}
      onChange={(value) => void choose(value)}
      data={[
        { value: 'tr', label: 'TR' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
