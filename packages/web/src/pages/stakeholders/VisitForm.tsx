// The visit form, for a new visit (with follow-ups) and for editing one (follow-ups are edited
// on the visit's page): date, level, organisations, people met, our team, purpose, notes, outcomes.

import {
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { VISIT_LEVELS, visitInputSchema, type VisitLevel } from '@kume/core';
import type { VisitView } from '@kume/server';
import { api, projectPath } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormValidation } from '../../forms/useFormValidation';
import { FollowUpRows } from './FollowUpRows';
import {
  fetchOrganisation,
  stakeholderKeys,
  useMembers,
  useOrganisationOptions,
} from './stakeholderQueries';
import { useStakeholderMutation } from './useStakeholderMutation';
import { visitInput, type VisitFormValues } from './visitFormValues';

const editSchema = visitInputSchema.omit({ followUps: true });

export function VisitForm({
  slug,
  visit,
  initial,
  onSaved,
  onCancel,
}: {
  slug: string;
  /** The visit to edit; without it the form logs a new one. */
  visit?: VisitView;
  initial: VisitFormValues;
  onSaved: (visit: VisitView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('stakeholders');
  const organisations = useOrganisationOptions(slug);
  const members = useMembers(slug);
  // The default team (the signed-in user) counts only if that user is a member of the project.
  const teamOf = (ids: string[]) =>
    ids.filter((id) => !members.data || members.data.some((m) => m.userId === id));
  const save = useStakeholderMutation(
    slug,
    (body: object) =>
      visit
        ? api.put<VisitView>(projectPath(slug, `/visits/${visit.id}`), body)
        : api.post<VisitView>(projectPath(slug, '/visits'), body),
    { success: visit ? t('visitForm.saved') : t('visitForm.created'), onSuccess: onSaved },
  );
  const form = useFormValidation(visit ? editSchema : visitInputSchema, initial, {
    toInput: (values) => visitInput({ ...values, teamUserIds: teamOf(values.teamUserIds) }),
    serverError: save.error,
  });
  const { values, set, errors } = form;
  const team = teamOf(values.teamUserIds);
  // The people met are the contacts of the organisations chosen.
  const details = useQueries({
    queries: values.organisationIds.map((id) => ({
      queryKey: stakeholderKeys.organisation(slug, id),
      queryFn: () => fetchOrganisation(slug, id),
    })),
  });
  const contacts = details.flatMap(({ data }) =>
    data ? data.contacts.map((c) => ({ ...c, organisationName: data.name })) : [],
  );

  const chooseOrganisations = (ids: string[]) =>
    form.setValues((v) => ({
      ...v,
      organisationIds: ids,
      // People of organisations taken off the list are taken off too.
      contactIds: v.contactIds.filter((cid) => {
        const contact = contacts.find((c) => c.id === cid);
        return !contact || ids.includes(contact.organisationId);
      }),
    }));

  return (
    <form noValidate onSubmit={form.submit((input) => save.mutate(input))}>
      <Stack gap="md">
        <ErrorAlert error={form.alertError} />
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('visit.date')}
                type="date"
                {...form.text('visitedOn')}
                withAsterisk
                data-testid="visit-date"
              />
              <Select<VisitLevel>
                label={t('visit.level')}
                description={t('visit.levelHelp')}
                data={VISIT_LEVELS.map((level) => ({
                  value: level,
                  label: t(`common:visitLevel.${level}`),
                }))}
                value={values.level}
                onChange={(level) => level && set('level', level)}
                allowDeselect={false}
                error={errors.level}
                withAsterisk
                data-testid="visit-level"
              />
            </SimpleGrid>
            <MultiSelect
              label={t('visit.organisations')}
              placeholder={
                organisations.isPending
                  ? t('visitForm.loading')
                  : t('visitForm.searchOrganisations')
              }
              data={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={values.organisationIds}
              onChange={chooseOrganisations}
              error={errors.organisationIds}
              searchable
              hidePickedOptions
              nothingFoundMessage={t('common:list.noMatches')}
              withAsterisk
              data-testid="visit-organisations"
            />
            <MultiSelect
              label={t('visit.peopleMet')}
              description={
                values.organisationIds.length > 0 &&
                contacts.length === 0 &&
                details.every((d) => d.data)
                  ? t('visitForm.noContacts')
                  : t('visitForm.peopleMetHelp')
              }
              data={contacts.map((c) => ({
                value: c.id,
                label: `${c.name} · ${c.organisationName}${c.role ? ` (${c.role})` : ''}`,
              }))}
              value={values.contactIds.filter((id) => contacts.some((c) => c.id === id))}
              onChange={(ids) => set('contactIds', ids)}
              error={errors.contactIds}
              searchable
              disabled={values.organisationIds.length === 0}
              data-testid="visit-contacts"
            />
            <MultiSelect
              label={t('visit.team')}
              data={(members.data ?? []).map((m) => ({ value: m.userId, label: m.name }))}
              value={team}
              onChange={(ids) => set('teamUserIds', ids)}
              error={errors.teamUserIds}
              searchable
              data-testid="visit-team"
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <TextInput
              label={t('visit.purpose')}
              placeholder={t('visitForm.purposePlaceholder')}
              {...form.text('purpose')}
            />
            <Textarea
              label={t('visit.notes')}
              {...form.text('notes')}
              autosize
              minRows={3}
              maxRows={12}
            />
            <Textarea
              label={t('visit.outcomes')}
              description={t('visitForm.outcomesHelp')}
              {...form.text('outcomes')}
              autosize
              minRows={2}
              maxRows={8}
            />
          </Stack>
        </Paper>
        {!visit && (
          <Paper withBorder p="md" radius="md">
            <FollowUpRows
              rows={values.followUps}
              onChange={(rows) => set('followUps', rows)}
              members={members.data ?? []}
              visitedOn={values.visitedOn}
              errors={errors}
            />
          </Paper>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common:action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="visit-submit">
            {visit ? t('common:action.save') : t('visitForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
