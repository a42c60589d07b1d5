// The participants of an interview or focus group: organisations from the registry (a focus
// group's SMEs), the people met from their contacts, and people typed in by name.

import { MultiSelect, TagsInput } from '@mantine/core';
import type { ContactView } from '@kume/server';
import { useTranslation } from 'react-i18next';
import type { InterviewKind } from './interviewDraft';
import type { ParticipantsDraft } from './participantsDraft';

export function ParticipantFields({
  kind,
  value,
  onChange,
  organisations,
  contacts,
  disabled,
}: {
  kind: InterviewKind;
  value: ParticipantsDraft;
  onChange: (value: ParticipantsDraft) => void;
  organisations: readonly { id: string; name: string }[];
  /** The contacts of the organisations chosen, with their organisation's name. */
  contacts: readonly (ContactView & { organisationName: string })[];
  disabled: boolean;
}) {
  const { t } = useTranslation('fieldwork');
  const nameOf = (organisationId: string) =>
    organisations.find((o) => o.id === organisationId)?.name ?? '';
  // People known by name only are offered beside the contacts, under a key of their own.
  const namedKey = (person: ParticipantsDraft['namedPeople'][number]) =>
    `named:${person.organisationId}:${person.name}`;
  const named = value.namedPeople.filter((p) => value.organisationIds.includes(p.organisationId));
  const people = [
    ...contacts.map((c) => ({ value: c.id, label: `${c.name} (${c.organisationName})` })),
    ...named.map((p) => ({ value: namedKey(p), label: `${p.name} (${nameOf(p.organisationId)})` })),
  ];
  const choosePeople = (keys: string[]) =>
    onChange({
      ...value,
      contactIds: keys.filter((key) => !key.startsWith('named:')),
      namedPeople: value.namedPeople.filter((p) => keys.includes(namedKey(p))),
    });
  const chooseOrganisations = (organisationIds: string[]) =>
    onChange({
      ...value,
      organisationIds,
      // A contact goes with its organisation.
      contactIds: value.contactIds.filter((id) =>
        contacts.some((c) => c.id === id && organisationIds.includes(c.organisationId)),
      ),
    });
  return (
    <>
      <MultiSelect
        label={
          kind === 'focus_group' ? t('interviews.form.smes') : t('interviews.form.organisations')
        }
        description={kind === 'focus_group' ? t('interviews.form.smesHelp') : undefined}
        data={organisations.map((o) => ({ value: o.id, label: o.name }))}
        value={value.organisationIds}
        onChange={chooseOrganisations}
        searchable
        clearable
        hidePickedOptions
        nothingFoundMessage={t('interviews.form.nothingFound')}
        disabled={disabled}
        data-testid="interview-organisations"
      />
      <MultiSelect
        label={t('interviews.form.contacts')}
        description={t('interviews.form.contactsHelp')}
        data={people}
        value={[...value.contactIds, ...named.map(namedKey)]}
        onChange={choosePeople}
        searchable
        clearable
        hidePickedOptions
        disabled={disabled || people.length === 0}
        data-testid="interview-contacts"
      />
      <TagsInput
        label={t('interviews.form.names')}
        description={t('interviews.form.namesHelp')}
        value={value.names}
        onChange={(names) => onChange({ ...value, names })}
        clearable
        disabled={disabled}
        data-testid="interview-names"
      />
    </>
  );
}
