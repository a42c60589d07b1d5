// Tests of the interview form's participants: organisations, their contacts and typed names.

import { describe, expect, it } from 'vitest';
import { participantsFromDraft, participantsToDraft } from './participantsDraft';

const contactsOf: Record<string, string> = { c1: 'o1', c2: 'o1', c3: 'o2' };
const organisationOf = (contactId: string) => contactsOf[contactId];

describe('participantsFromDraft', () => {
  it('lists an organisation alone only when none of its contacts is chosen', () => {
    const result = participantsFromDraft(
      { organisationIds: ['o1', 'o2'], contactIds: ['c1'], namedPeople: [], names: [] },
      organisationOf,
    );
    expect(result).toEqual([{ organisationId: 'o2' }, { organisationId: 'o1', contactId: 'c1' }]);
  });

  it('drops a contact whose organisation is no longer chosen or unknown', () => {
    const result = participantsFromDraft(
      { organisationIds: ['o1'], contactIds: ['c3', 'gone'], namedPeople: [], names: [] },
      organisationOf,
    );
    expect(result).toEqual([{ organisationId: 'o1' }]);
  });

  it('keeps typed names trimmed, once each, ignoring case the Turkish way', () => {
    const result = participantsFromDraft(
      {
        organisationIds: [],
        contactIds: [],
        namedPeople: [],
        names: [' Ayşe Işık ', 'AYŞE IŞIK', '', 'Can'],
      },
      organisationOf,
    );
    expect(result).toEqual([{ name: 'Ayşe Işık' }, { name: 'Can' }]);
  });
});

describe('participantsToDraft', () => {
  it('turns stored participants back into the form, contacts bringing their organisation', () => {
    const draft = participantsToDraft([
      { organisationId: 'o1', contactId: 'c1', name: 'Ali' },
      { organisationId: 'o2', contactId: null, name: '' },
      { organisationId: 'o3', contactId: null, name: 'Serkan Çelik' },
      { organisationId: null, contactId: null, name: 'Zeynep' },
    ]);
    expect(draft).toEqual({
      organisationIds: ['o1', 'o2', 'o3'],
      contactIds: ['c1'],
      namedPeople: [{ organisationId: 'o3', name: 'Serkan Çelik' }],
      names: ['Zeynep'],
    });
  });

  it('keeps a person known by name at an organisation while the organisation stays chosen', () => {
    const namedPeople = [{ organisationId: 'o3', name: 'Serkan Çelik' }];
    expect(
      participantsFromDraft(
        { organisationIds: ['o3'], contactIds: [], namedPeople, names: [] },
        organisationOf,
      ),
    ).toEqual([{ organisationId: 'o3', name: 'Serkan Çelik' }]);
    expect(
      participantsFromDraft(
        { organisationIds: ['o1'], contactIds: [], namedPeople, names: [] },
        organisationOf,
      ),
    ).toEqual([{ organisationId: 'o1' }]);
  });

  it('round-trips through the API shape', () => {
    const draft = {
      organisationIds: ['o1', 'o2', 'o3'],
      contactIds: ['c2'],
      namedPeople: [{ organisationId: 'o3', name: 'Serkan Çelik' }],
      names: ['Deniz'],
    };
    const stored = participantsFromDraft(draft, organisationOf).map((p) => ({
      organisationId: p.organisationId ?? null,
      contactId: p.contactId ?? null,
      name: p.name ?? '',
    }));
    expect(participantsToDraft(stored)).toEqual({
      organisationIds: ['o2', 'o1', 'o3'],
      contactIds: ['c2'],
      namedPeople: [{ organisationId: 'o3', name: 'Serkan Çelik' }],
      names: ['Deniz'],
    });
  });
});
