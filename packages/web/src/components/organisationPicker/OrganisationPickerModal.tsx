// Picking organisations from the registry for personal links or invitations: a Turkish-aware
// search and a type filter, a checkbox each and "all shown"; those with a link already are marked.
// The value-chain stage and district filters and the SME shortcut come with `detail`.

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
import { ORGANISATION_TYPES, type OrganisationType } from '@kume/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationOptions } from '../../pages/stakeholders/stakeholderQueries';
import { usePhone } from '../../pages/stakeholders/usePhone';
import { ErrorAlert } from '../ErrorAlert';
import { Loading } from '../Loading';
import {
  distinctValues,
  filterOrganisations,
  isSme,
  NO_FILTER,
  uninvitedSmes,
  type OrganisationFilter,
} from './organisationFilter';

/** The picker's words, in the caller's namespace. */
export interface OrganisationPickerTexts {
  title: string;
  search: string;
  type: string;
  allTypes: string;
  organisation: string;
  district: string;
  chooseShown: string;
  clear: string;
  chosen: (count: number) => string;
  create: (count: number) => string;
  /** The badge on an organisation that has a link already. */
  alreadyBadge: string;
  /** Shown when a chosen organisation has a link already (its link is replaced). */
  alreadyWarning: string;
  /** Shown when the registry is empty; the common "no matches" when not given. */
  registryEmpty?: string;
}

/** The words of the value-chain stage and district filters, the stage column and SME marks. */
export interface OrganisationPickerDetailTexts {
  stage: string;
  allStages: string;
  allDistricts: string;
  sme: string;
  /** The shortcut that adds every SME without a link yet. */
  allSmes: (count: number) => string;
}

export function OrganisationPickerModal({
  slug,
  invited,
  creating,
  error,
  onCreate,
  onClose,
  texts,
  detail,
  testIdPrefix,
  createTestId,
}: {
  slug: string;
  /** Organisations that have a link already (marked, and left out of the SME shortcut). */
  invited: ReadonlySet<string>;
  creating: boolean;
  error: unknown;
  onCreate: (organisationIds: string[]) => void;
  onClose: () => void;
  texts: OrganisationPickerTexts;
  /** When given: stage and district filters, a stage column, SME badges and the SME shortcut. */
  detail?: OrganisationPickerDetailTexts;
  /** Test ids `<prefix>-search`, `-type`, `-table`, `-all` and `-pick-<organisation id>`. */
  testIdPrefix: string;
  createTestId: string;
}) {
  const { t, i18n } = useTranslation('common');
  const phone = usePhone();
  const registry = useOrganisationOptions(slug);
  const [filter, setFilter] = useState<OrganisationFilter>(NO_FILTER);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const organisations = useMemo(() => registry.data?.items ?? [], [registry.data]);
  const shown = filterOrganisations(organisations, filter);
  const allShown = shown.length > 0 && shown.every((o) => chosen.has(o.id));
  const set = (patch: Partial<OrganisationFilter>) => setFilter({ ...filter, ...patch });
  const choose = (ids: readonly string[], on: boolean) => {
    const next = new Set(chosen);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    setChosen(next);
  };
  const smes = detail ? uninvitedSmes(organisations, invited) : [];

  return (
    <Modal opened onClose={onClose} title={texts.title} size="xl" fullScreen={phone}>
      {registry.isPending ? (
        <Loading />
      ) : registry.error ? (
        <ErrorAlert error={registry.error} />
      ) : (
        <Stack gap="sm">
          <Group gap="xs" align="flex-end">
            <TextInput
              type="search"
              aria-label={t('action.search')}
              placeholder={texts.search}
              value={filter.search}
              onChange={(event) => set({ search: event.currentTarget.value })}
              style={{ flex: '1 1 200px' }}
              size="xs"
              data-testid={`${testIdPrefix}-search`}
            />
            <Select<OrganisationType>
              aria-label={texts.type}
              placeholder={texts.allTypes}
              data={ORGANISATION_TYPES.map((value) => ({
                value,
                label: t(`organisationType.${value}`),
              }))}
              value={ORGANISATION_TYPES.find((type) => type === filter.type) ?? null}
              onChange={(type) => set({ type })}
              clearable
              size="xs"
              w={170}
              data-testid={`${testIdPrefix}-type`}
            />
            {detail && (
              <>
                <Select
                  aria-label={detail.stage}
                  placeholder={detail.allStages}
                  data={distinctValues(organisations, 'valueChainStage', i18n.language)}
                  value={filter.stage}
                  onChange={(stage) => set({ stage })}
                  clearable
                  searchable
                  size="xs"
                  w={170}
                />
                <Select
                  aria-label={texts.district}
                  placeholder={detail.allDistricts}
                  data={distinctValues(organisations, 'district', i18n.language)}
                  value={filter.district}
                  onChange={(district) => set({ district })}
                  clearable
                  searchable
                  size="xs"
                  w={170}
                />
              </>
            )}
          </Group>
          <Group gap="xs">
            {detail && (
              <Button
                size="xs"
                variant="light"
                onClick={() => setChosen(new Set([...chosen, ...smes]))}
                data-testid="pick-uninvited-smes"
              >
                {detail.allSmes(smes.length)}
              </Button>
            )}
            <Button
              size="xs"
              variant="subtle"
              onClick={() => setChosen(new Set())}
              disabled={chosen.size === 0}
            >
              {texts.clear}
            </Button>
            <Text size="sm" c="dimmed">
              {texts.chosen(chosen.size)}
            </Text>
          </Group>
          <ScrollArea.Autosize mah={phone ? undefined : 400}>
            <Table verticalSpacing={4} fz="sm" stickyHeader data-testid={`${testIdPrefix}-table`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={36}>
                    <Checkbox
                      aria-label={texts.chooseShown}
                      checked={allShown}
                      onChange={(event) =>
                        choose(
                          shown.map((o) => o.id),
                          event.currentTarget.checked,
                        )
                      }
                      data-testid={`${testIdPrefix}-all`}
                    />
                  </Table.Th>
                  <Table.Th>{texts.organisation}</Table.Th>
                  <Table.Th>{texts.type}</Table.Th>
                  {detail && <Table.Th>{detail.stage}</Table.Th>}
                  <Table.Th>{texts.district}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={o.name}
                        checked={chosen.has(o.id)}
                        onChange={(event) => choose([o.id], event.currentTarget.checked)}
                        data-testid={`${testIdPrefix}-pick-${o.id}`}
                      />
                    </Table.Td>
                    <Table.Td>
                      {o.name}{' '}
                      {invited.has(o.id) && (
                        <Badge size="xs" variant="light">
                          {texts.alreadyBadge}
                        </Badge>
                      )}
                      {detail && isSme(o) && (
                        <Badge size="xs" variant="outline" color="gray" ml={4}>
                          {detail.sme}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`organisationType.${o.type}`)}</Table.Td>
                    {detail && <Table.Td>{o.valueChainStage}</Table.Td>}
                    <Table.Td>{o.district}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {shown.length === 0 && (
              <Text c="dimmed" ta="center" py="md" size="sm">
                {organisations.length === 0 && texts.registryEmpty
                  ? texts.registryEmpty
                  : t('list.noMatches')}
              </Text>
            )}
          </ScrollArea.Autosize>
          {[...chosen].some((id) => invited.has(id)) && (
            <Text size="xs" c="orange">
              {texts.alreadyWarning}
            </Text>
          )}
          {Boolean(error) && <ErrorAlert error={error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button
              disabled={chosen.size === 0}
              loading={creating}
              onClick={() => onCreate([...chosen])}
              data-testid={createTestId}
            >
              {texts.create(chosen.size)}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
