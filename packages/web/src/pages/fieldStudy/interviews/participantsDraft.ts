// The participants of an interview or focus group as the form edits them (organisations, their
// contacts, typed names) and as the API stores them ({organisationId?, contactId?, name?} each).

export interface ParticipantsDraft {
  organisationIds: string[];
  /** Contacts of the organisations chosen. */
  contactIds: string[];
  /** People of an organisation known by name only (no contact record), as stored. */
  namedPeople: { organisationId: string; name: string }[];
  /** People typed in (not in the registry). */
  names: string[];
}

export interface ParticipantInput {
  organisationId?: string;
  contactId?: string;
  name?: string;
}

interface StoredParticipant {
  organisationId: string | null;
  contactId: string | null;
  name: string;
}

const unique = (values: readonly string[]) => [...new Set(values)];

/** The form's view of stored participants: a contact brings its organisation with it. */
export function participantsToDraft(participants: readonly StoredParticipant[]): ParticipantsDraft {
  return {
    organisationIds: unique(
      participants.flatMap((p) => (p.organisationId ? [p.organisationId] : [])),
    ),
    contactIds: unique(participants.flatMap((p) => (p.contactId ? [p.contactId] : []))),
    namedPeople: participants.flatMap((p) =>
      p.organisationId && !p.contactId && p.name.trim()
        ? [{ organisationId: p.organisationId, name: p.name.trim() }]
        : [],
    ),
    names: unique(
      participants
        .filter((p) => !p.organisationId && !p.contactId)
        .map((p) => p.name.trim())
        .filter(Boolean),
    ),
  };
}

/**
 * The API's participants: one per contact chosen (with its organisation), one per person known by
 * name at an organisation, one per organisation with none of these, one per typed name (trimmed,
 * blank and repeated names dropped). A contact or named person whose organisation is no longer
 * chosen (or unknown) is dropped.
 */
export function participantsFromDraft(
  draft: ParticipantsDraft,
  organisationOfContact: (contactId: string) => string | undefined,
): ParticipantInput[] {
  const organisations = unique(draft.organisationIds);
  const contacts = unique(draft.contactIds).flatMap((contactId) => {
    const organisationId = organisationOfContact(contactId);
    return organisationId && organisations.includes(organisationId)
      ? [{ organisationId, contactId }]
      : [];
  });
  const namedPeople = draft.namedPeople
    .filter((person) => organisations.includes(person.organisationId))
    .map(({ organisationId, name }) => ({ organisationId, name }));
  const withPeople = new Set([...contacts, ...namedPeople].map((p) => p.organisationId));
  const seenNames = new Set<string>();
  const names: ParticipantInput[] = [];
  for (const raw of draft.names) {
    const name = raw.trim();
    const key = name.toLocaleLowerCase('tr-TR');
    if (!name || seenNames.has(key)) continue;
    seenNames.add(key);
    names.push({ name });
  }
  return [
    ...organisations
      .filter((organisationId) => !withPeople.has(organisationId))
      .map((organisationId) => ({ organisationId })),
    ...contacts,
    ...namedPeople,
    ...names,
  ];
}
