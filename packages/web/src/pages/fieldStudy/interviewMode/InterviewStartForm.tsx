// Starts an interview: the organisation (from the registry, or a firm not in it by name), the
// date and notes. Works offline: it only writes to this device.

import {
  Button,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../i18n/format';
import type { NewInterview } from './interviewRecord';
import type { OrganisationName } from './useInterviewSource';

type Start = Pick<NewInterview, 'organisationId' | 'organisationName' | 'heldOn' | 'notes'>;

export function InterviewStartForm({
  organisations,
  onStart,
}: {
  organisations: readonly OrganisationName[];
  onStart: (start: Start) => void;
}) {
  const { t } = useTranslation('respond');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [newFirm, setNewFirm] = useState(organisations.length === 0);
  const [firmName, setFirmName] = useState('');
  const [heldOn, setHeldOn] = useState(todayIso);
  const [notes, setNotes] = useState('');
  const [missing, setMissing] = useState(false);

  const start = () => {
    const chosen = newFirm ? null : organisations.find((o) => o.id === organisationId);
    const name = newFirm ? firmName.trim() : (chosen?.name ?? '');
    if (!name || !/^\d{4}-\d{2}-\d{2}$/.test(heldOn)) {
      setMissing(true);
      return;
    }
    onStart({ organisationId: chosen?.id ?? null, organisationName: name, heldOn, notes });
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('interview.newInterview')}
        </Title>
        {newFirm ? (
          <TextInput
            label={t('interview.newFirmName')}
            value={firmName}
            onChange={(event) => setFirmName(event.currentTarget.value)}
            maxLength={200}
            size="md"
            withAsterisk
          />
        ) : (
          <Select
            label={t('interview.organisation')}
            placeholder={t('interview.organisationPlaceholder')}
            data={organisations.map((o) => ({ value: o.id, label: o.name }))}
            value={organisationId}
            onChange={setOrganisationId}
            searchable
            clearable
            size="md"
            withAsterisk
            limit={100}
          />
        )}
        <Switch
          label={t('interview.newFirm')}
          checked={newFirm}
          onChange={(event) => setNewFirm(event.currentTarget.checked)}
          size="md"
        />
        <TextInput
          label={t('interview.heldOn')}
          type="date"
          value={heldOn}
          onChange={(event) => setHeldOn(event.currentTarget.value)}
          size="md"
          withAsterisk
        />
        <Textarea
          label={t('interview.notes')}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={5000}
          size="md"
        />
        {missing && (
          <Text c="red.8" size="sm" role="alert">
            {t('interview.needOrganisation')}
          </Text>
        )}
        <Button size="md" onClick={start}>
          {t('interview.start')}
        </Button>
      </Stack>
    </Paper>
  );
}
