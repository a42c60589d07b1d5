// Tests of the join form's organisation choices: Turkish-aware search, "other" always offered and
// never sent as an id.

import { describe, expect, it } from 'vitest';
import {
  chosenOrganisationId,
  OTHER_ORGANISATION,
  organisationChoices,
  organisationFilter,
} from './organisationChoices';

const choices = organisationChoices(
  [
    { id: 'o1', name: 'İzmir Döküm' },
    { id: 'o2', name: 'Çelik Makina' },
  ],
  'Other / not listed',
);
const labels = (search: string) =>
  organisationFilter({ options: choices, search, limit: 100 }).map((option) =>
    'label' in option ? option.label : '',
  );

describe('organisationChoices', () => {
  it('offers the organisations in order, then "other / not listed"', () => {
    expect(choices.map(({ value }) => value)).toEqual(['o1', 'o2', OTHER_ORGANISATION]);
  });

  it('finds an organisation typed without Turkish letters or capitals', () => {
    expect(labels('izmir')).toEqual(['İzmir Döküm', 'Other / not listed']);
    expect(labels('celik mak')).toEqual(['Çelik Makina', 'Other / not listed']);
  });

  it('keeps "other / not listed" when nothing matches', () => {
    expect(labels('zzz')).toEqual(['Other / not listed']);
  });

  it('sends an organisation id only for an organisation of the list', () => {
    expect(chosenOrganisationId('o1')).toBe('o1');
    expect(chosenOrganisationId(OTHER_ORGANISATION)).toBeNull();
    expect(chosenOrganisationId(null)).toBeNull();
  });
});
