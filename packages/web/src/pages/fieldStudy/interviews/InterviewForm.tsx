// The interview or focus group form: kind, date, title, facilitator, participants, notes and
// tagged quotes. Read-only for those who may not write the field study.

import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, projectPath } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import {
  fetchOrganisation,
  stakeholderKeys,
  useMembers,
  useOrganisationOptions,
} from '../../stakeholders/stakeholderQueries';
import type { InterviewView } from '../types';
import { interviewInput, type InterviewDraft, type InterviewKind } from './interviewDraft';
import { useQuotes } from './interviewQueries';
import { ParticipantFields } from './ParticipantFields';
import { QuoteRows } from './QuoteRows';
import { useFieldStudyMutation } from './useFieldStudyMutation';

export function InterviewForm({
  slug,
  interview,
  initial,
  readOnly,
  onSaved,
  onCancel,
}: {
  slug: string;
  /** The record to edit; without it the form creates one. */
  interview?: InterviewView;
  initial: InterviewDraft;
  readOnly: boolean;
  onSaved: (interview: InterviewView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('fieldwork');
  const [draft, setDraft] = useState(initial);
  const organisations = useOrganisationOptions(slug);
  const members = useMembers(slug);
  const quotes = useQuotes(slug);
  const details = useQueries({
    queries: draft.participants.organisationIds.map((id) => ({
      queryKey: stakeholderKeys.organisation(slug, id),
      queryFn: () => fetchOrganisation(slug, id),
    })),
  });
  const contacts = details.flatMap(({ data }) =>
    data ? data.contacts.map((c) => ({ ...c, organisationName: data.name })) : [],
  );
  const organisationOptions = (organisations.data?.items ?? []).map(({ id, name }) => ({
    id,
    name,
  }));
  // Participating organisations first in the "quoted" picker.
  const quoted = [
    ...organisationOptions.filter((o) => draft.participants.organisationIds.includes(o.id)),
    ...organisationOptions.filter((o) => !draft.participants.organisationIds.includes(o.id)),
  ];
  const save = useFieldStudyMutation(
    slug,
    (body: object) =>
      interview
        ? api.put<InterviewView>(projectPath(slug, `/interviews/${interview.id}`), body)
        : api.post<InterviewView>(projectPath(slug, '/interviews'), body),
    {
      success: interview ? t('interviews.form.saved') : t('interviews.form.created'),
      onSuccess: onSaved,
    },
  );
  const set = <K extends keyof InterviewDraft>(key: K, value: InterviewDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const submit = () =>
    save.mutate(
      interviewInput(
        draft,
        (contactId) => contacts.find((c) => c.id === contactId)?.organisationId,
      ),
    );

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!readOnly) submit();
      }}
      noValidate
    >
      <Stack gap="md">
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <SegmentedControl
              value={draft.kind}
              onChange={(value) =>
                set('kind', value === 'focus_group' ? 'focus_group' : 'interview')
              }
              data={(['interview', 'focus_group'] as InterviewKind[]).map((kind) => ({
                value: kind,
                label: t(`interviews.kind.${kind}`),
              }))}
              disabled={readOnly}
              aria-label={t('interviews.kindLabel')}
              w="fit-content"
              data-testid="interview-kind"
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('interviews.heldOn')}
                type="date"
                value={draft.heldOn}
                onChange={(event) => set('heldOn', event.currentTarget.value)}
                required
                disabled={readOnly}
              />
              <TextInput
                label={t('interviews.titleLabel')}
                value={draft.title}
                onChange={(event) => set('title', event.currentTarget.value)}
                maxLength={200}
                disabled={readOnly}
                data-testid="interview-title"
              />
              <Select
                label={t('interviews.facilitator')}
                data={(members.data ?? []).map((m) => ({ value: m.userId, label: m.name }))}
                value={draft.facilitatorId}
                onChange={(value) => set('facilitatorId', value)}
                clearable
                disabled={readOnly}
              />
            </SimpleGrid>
            <ParticipantFields
              kind={draft.kind}
              value={draft.participants}
              onChange={(participants) => set('participants', participants)}
              organisations={organisationOptions}
              contacts={contacts}
              disabled={readOnly}
            />
            <Textarea
              label={t('interviews.notes')}
              value={draft.notes}
              onChange={(event) => set('notes', event.currentTarget.value)}
              autosize
              minRows={4}
              maxLength={20000}
              disabled={readOnly}
              data-testid="interview-notes"
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={4} mb={4}>
            {t('interviews.quotes')}
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            {t('interviews.form.quotesHelp')}
          </Text>
          <QuoteRows
            quotes={draft.quotes}
            onChange={(next) => set('quotes', next)}
            tagSuggestions={(quotes.data?.tags ?? []).map(({ tag }) => tag)}
            organisations={quoted}
            disabled={readOnly}
          />
        </Paper>
        <ErrorAlert error={save.error} />
        {!readOnly && (
          <Group gap="sm">
            <Button type="submit" loading={save.isPending} data-testid="save-interview">
              {t('interviews.form.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common:action.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
