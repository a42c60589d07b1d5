// Picking the organisations that get a personal link: the registry with search and filters by
// type, value-chain stage and district, a checkbox each, and "all SMEs not yet invited".

import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES, type OrganisationType } from '@kume/core';
import { usePhone } from '../../../stakeholders/usePhone';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { useOrganisationOptions } from '../../../stakeholders/stakeholderQueries';
import {
  distinctValues,
  filterOrganisations,
  isSme,
  NO_FILTER,
  uninvitedSmes,
  type OrganisationFilter,
} from './organisationFilter';

export function OrganisationPickerModal({
  slug,
  opened,
  onClose,
  invited,
  creating,
  error,
  onCreate,
}: {
  slug: string;
  opened: boolean;
  onClose: () => void;
  /** Organisations that have a link already (marked, and left out of "not yet invited"). */
  invited: ReadonlySet<string>;
  creating: boolean;
  error: unknown;
  onCreate: (organisationIds: string[]) => void;
}) {
  const { t, i18n } = useTranslation('questionnaires');
  const phone = usePhone();
  const registry = useOrganisationOptions(slug);
  const [filter, setFilter] = useState<OrganisationFilter>(NO_FILTER);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const organisations = useMemo(() => registry.data?.items ?? [], [registry.data]);
  const shown = filterOrganisations(organisations, filter);
  const set = (patch: Partial<OrganisationFilter>) => setFilter({ ...filter, ...patch });
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const allShown = shown.length > 0 && shown.every((o) => chosen.has(o.id));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('links.pickTitle')}
      size="xl"
      fullScreen={phone}
    >
      {registry.isPending ? (
        <Loading />
      ) : registry.error ? (
        <ErrorAlert error={registry.error} />
      ) : (
        <Stack gap="sm">
          <Group gap="xs" align="flex-end">
            <TextInput
              type="search"
              aria-label={t('common:action.search')}
              placeholder={t('links.search')}
              value={filter.search}
              onChange={(event) => set({ search: event.currentTarget.value })}
              style={{ flex: '1 1 200px' }}
              size="xs"
              data-testid="picker-search"
            />
            <Select<OrganisationType>
              aria-label={t('links.type')}
              placeholder={t('links.allTypes')}
              data={ORGANISATION_TYPES.map((value) => ({
                value,
                label: t(`common:organisationType.${value}`),
              }))}
              value={ORGANISATION_TYPES.find((type) => type === filter.type) ?? null}
              onChange={(type) => set({ type })}
              clearable
              size="xs"
              w={170}
            />
            <Select
              aria-label={t('links.stage')}
              placeholder={t('links.allStages')}
              data={distinctValues(organisations, 'valueChainStage', i18n.language)}
              value={filter.stage}
              onChange={(stage) => set({ stage })}
              clearable
              searchable
              size="xs"
              w={170}
            />
            <Select
              aria-label={t('links.district')}
              placeholder={t('links.allDistricts')}
              data={distinctValues(organisations, 'district', i18n.language)}
              value={filter.district}
              onChange={(district) => set({ district })}
              clearable
              searchable
              size="xs"
              w={170}
            />
          </Group>
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                setChosen(new Set([...chosen, ...uninvitedSmes(organisations, invited)]))
              }
              data-testid="pick-uninvited-smes"
            >
              {t('links.allSmes', { count: uninvitedSmes(organisations, invited).length })}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => setChosen(new Set())}
              disabled={chosen.size === 0}
            >
              {t('links.clear')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('links.chosen', { count: chosen.size })}
            </Text>
          </Group>
          <ScrollArea.Autosize mah={380}>
            <Table verticalSpacing={4} fz="sm" stickyHeader data-testid="picker-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={36}>
                    <Checkbox
                      aria-label={t('links.chooseShown')}
                      checked={allShown}
                      onChange={(event) => {
                        const next = new Set(chosen);
                        for (const o of shown)
                          if (event.currentTarget.checked) next.add(o.id);
                          else next.delete(o.id);
                        setChosen(next);
                      }}
                    />
                  </Table.Th>
                  <Table.Th>{t('links.organisation')}</Table.Th>
                  <Table.Th>{t('links.type')}</Table.Th>
                  <Table.Th>{t('links.stage')}</Table.Th>
                  <Table.Th>{t('links.district')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={o.name}
                        checked={chosen.has(o.id)}
                        onChange={(event) => toggle(o.id, event.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>
                      {o.name}{' '}
                      {invited.has(o.id) && (
                        <Badge size="xs" variant="light">
                          {t('links.hasLink')}
                        </Badge>
                      )}
                      {isSme(o) && (
                        <Badge size="xs" variant="outline" color="gray" ml={4}>
                          {t('links.sme')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`common:organisationType.${o.type}`)}</Table.Td>
                    <Table.Td>{o.valueChainStage}</Table.Td>
                    <Table.Td>{o.district}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {shown.length === 0 && (
              <Text c="dimmed" ta="center" py="md" size="sm">
                {t('common:list.noMatches')}
              </Text>
            )}
          </ScrollArea.Autosize>
          {[...chosen].some((id) => invited.has(id)) && (
            <Text size="xs" c="orange">
              {t('links.reissueWarning')}
            </Text>
          )}
          {Boolean(error) && <ErrorAlert error={error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button
              disabled={chosen.size === 0}
              loading={creating}
              onClick={() => onCreate([...chosen])}
              data-testid="create-links"
            >
              {t('links.create', { count: chosen.size })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
