// Joining a live workshop: a name (or none, where the workshop allows anonymous participants).

import { Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The server's limit on a participant's name (liveProtocol's hello). */
const MAX_NAME_LENGTH = 80;

export function JoinForm({
  nameRequired,
  onJoin,
}: {
  nameRequired: boolean;
  onJoin: (name: string | null) => void;
}) {
  const { t } = useTranslation('workshops');
  const [name, setName] = useState('');
  const trimmed = name.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (nameRequired && !trimmed) return;
    onJoin(trimmed || null);
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="md">
        <Text>
          {nameRequired ? t('participant.joinIntro') : t('participant.joinIntroAnonymous')}
        </Text>
        <TextInput
          size="lg"
          label={t('participant.nameLabel')}
          description={nameRequired ? undefined : t('participant.nameOptional')}
          value={name}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="name"
          onChange={(event) => setName(event.currentTarget.value)}
          data-testid="join-name"
        />
        <Button
          type="submit"
          size="lg"
          disabled={nameRequired && !trimmed}
          data-testid="join-submit"
        >
          {trimmed || nameRequired ? t('participant.join') : t('participant.joinAnonymously')}
        </Button>
      </Stack>
    </form>
  );
}
