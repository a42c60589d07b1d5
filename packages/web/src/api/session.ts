// Who is signed in: one query shared by the whole app; signing in or out updates it.

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SessionView } from '@kume/server';
import { changeLanguage } from '../i18n/i18n';
import { api, ApiError, setCsrfToken } from './client';

export const sessionKey = ['session'] as const;

async function fetchSession(): Promise<SessionView | null> {
  try {
    const session = await api.get<SessionView>('/api/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  const query = useQuery({
    queryKey: sessionKey,
    queryFn: fetchSession,
    staleTime: 60_000,
    retry: false,
  });
  const locale = query.data?.user.locale;
  useEffect(() => {
    if (locale) void changeLanguage(locale);
  }, [locale]);
  return query;
}

/** Call with the answer of sign-in, setup or invitation acceptance. */
export function useSignedIn() {
  const client = useQueryClient();
  return (session: SessionView) => {
    setCsrfToken(session.csrfToken);
    client.clear();
    client.setQueryData(sessionKey, session);
  };
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await api.delete('/api/session').catch(() => undefined);
    setCsrfToken(null);
    client.clear();
    client.setQueryData(sessionKey, null);
  };
}
