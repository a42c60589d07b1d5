// Who carries the action: the owner organisation (one, searchable, or nobody yet) and the partners
// (chosen with the registry's organisation picker, removable one by one).

import { Button, CloseButton, Group, Pill, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationPickerModal } from '../../../components/organisationPicker/OrganisationPickerModal';
import { useOrganisationOptions } from '../../stakeholders/stakeholderQueries';
import { foldedOptionsFilter } from './foldedOptionsFilter';

export function OwnerPartnersFields({
  slug,
  owner,
  partners,
  knownNames,
  onOwner,
  onPartners,
  ownerError,
  partnersError,
  disabled,
}: {
  slug: string;
  owner: string | null;
  partners: string[];
  /** Names the action view gave, for organisations the registry page does not hold. */
  knownNames: ReadonlyMap<string, string>;
  onOwner: (id: string | null) => void;
  onPartners: (ids: string[]) => void;
  ownerError?: string;
  partnersError?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation('roadmap');
  const registry = useOrganisationOptions(slug);
  const [picking, setPicking] = useState(false);
  const organisations = registry.data?.items ?? [];
  const names = new Map(knownNames);
  for (const organisation of organisations) names.set(organisation.id, organisation.name);
  const ownerChoices = organisations.map(({ id, name }) => ({ value: id, label: name }));
  if (owner && !organisations.some((organisation) => organisation.id === owner))
    ownerChoices.unshift({ value: owner, label: names.get(owner) ?? owner });

  return (
    <Stack gap="sm">
      <Select
        label={t('editor.owner')}
        description={t('editor.ownerHelp')}
        placeholder={t('action.noOwner')}
        data={ownerChoices}
        value={owner}
        onChange={(id) => {
          onOwner(id);
          // The owner is not also a partner.
          if (id && partners.includes(id)) onPartners(partners.filter((each) => each !== id));
        }}
        filter={foldedOptionsFilter}
        searchable
        clearable
        nothingFoundMessage={t('common:list.noMatches')}
        error={ownerError}
        disabled={disabled}
        data-testid="action-owner"
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('editor.partners')}
        </Text>
        <Group gap={6} data-testid="action-partners">
          {partners.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('editor.noPartners')}
            </Text>
          )}
          {partners.map((id) => (
            <Pill
              key={id}
              size="md"
              withRemoveButton={!disabled}
              onRemove={() => onPartners(partners.filter((each) => each !== id))}
              removeButtonProps={{
                'aria-label': t('editor.removePartner', { name: names.get(id) ?? id }),
              }}
            >
              {names.get(id) ?? id}
            </Pill>
          ))}
          {!disabled && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => setPicking(true)}
              data-testid="action-partners-add"
            >
              {t('editor.addPartners')}
            </Button>
          )}
          {partners.length > 1 && !disabled && (
            <CloseButton
              size="sm"
              aria-label={t('editor.clearPartners')}
              onClick={() => onPartners([])}
            />
          )}
        </Group>
        {partnersError && (
          <Text size="xs" c="red">
            {partnersError}
          </Text>
        )}
      </Stack>
      {picking && (
        <OrganisationPickerModal
          slug={slug}
          invited={new Set(owner ? [...partners, owner] : partners)}
          creating={false}
          error={null}
          onCreate={(ids) => {
            const added = ids.filter((id) => id !== owner && !partners.includes(id));
            onPartners([...partners, ...added]);
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
          texts={{
            title: t('picker.title'),
            search: t('picker.search'),
            type: t('picker.type'),
            allTypes: t('picker.allTypes'),
            organisation: t('picker.organisation'),
            district: t('picker.district'),
            chooseShown: t('picker.chooseShown'),
            clear: t('picker.clear'),
            chosen: (count) => t('picker.chosen', { count }),
            create: (count) => t('picker.add', { count }),
            alreadyBadge: t('picker.alreadyBadge'),
            alreadyWarning: t('picker.alreadyWarning'),
            registryEmpty: t('picker.registryEmpty'),
          }}
          testIdPrefix="partner"
          createTestId="partner-add"
        />
      )}
    </Stack>
  );
}
