// Joining a live workshop: a name (or none, where the workshop allows anonymous participants) and,
// when the project has a confirmed working group, "your organisation" (optional).

import { Button, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  chosenOrganisationId,
  organisationChoices,
  organisationFilter,
} from './organisationChoices';

/** The server's limit on a participant's name (liveProtocol's hello). */
const MAX_NAME_LENGTH = 80;

export function JoinForm({
  nameRequired,
  organisations,
  onJoin,
}: {
  nameRequired: boolean;
  /** The working group's organisations; null or empty: the question is not asked. */
  organisations: readonly { id: string; name: string }[] | null;
  onJoin: (name: string | null, organisationId: string | null) => void;
}) {
  const { t } = useTranslation('workshops');
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState<string | null>(null);
  const trimmed = name.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (nameRequired && !trimmed) return;
    onJoin(trimmed || null, chosenOrganisationId(organisation));
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
        {organisations && organisations.length > 0 && (
          <Select
            size="lg"
            label={t('participant.organisationLabel')}
            description={t('participant.organisationOptional')}
            placeholder={t('participant.organisationPlaceholder')}
            data={organisationChoices(organisations, t('participant.organisationOther'))}
            filter={organisationFilter}
            value={organisation}
            onChange={setOrganisation}
            searchable
            clearable
            data-testid="join-organisation"
          />
        )}
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
