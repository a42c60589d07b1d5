// Picking the stakeholders to invite: the registry with a Turkish-aware search, a type filter and
// "select all shown"; those invited already are marked (inviting again replaces their link).

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
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import {
  filterOrganisations,
  NO_FILTER,
  type OrganisationFilter,
} from '../../fieldStudy/questionnaires/distribution/organisationFilter';
import { useOrganisationOptions } from '../../stakeholders/stakeholderQueries';
import { usePhone } from '../../stakeholders/usePhone';

export function InvitePickerModal({
  slug,
  invited,
  creating,
  error,
  onCreate,
  onClose,
}: {
  slug: string;
  /** Organisations invited already. */
  invited: ReadonlySet<string>;
  creating: boolean;
  error: unknown;
  onCreate: (organisationIds: string[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('informationDay');
  const phone = usePhone();
  const registry = useOrganisationOptions(slug);
  const [filter, setFilter] = useState<OrganisationFilter>(NO_FILTER);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const organisations = useMemo(() => registry.data?.items ?? [], [registry.data]);
  const shown = filterOrganisations(organisations, filter);
  const allShown = shown.length > 0 && shown.every((o) => chosen.has(o.id));
  const choose = (ids: readonly string[], on: boolean) => {
    const next = new Set(chosen);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    setChosen(next);
  };

  return (
    <Modal opened onClose={onClose} title={t('invitations.pickTitle')} size="xl" fullScreen={phone}>
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
              placeholder={t('invitations.search')}
              value={filter.search}
              onChange={(event) => setFilter({ ...filter, search: event.currentTarget.value })}
              style={{ flex: '1 1 200px' }}
              data-testid="invite-search"
            />
            <Select<OrganisationType>
              aria-label={t('invitations.type')}
              placeholder={t('invitations.allTypes')}
              data={ORGANISATION_TYPES.map((value) => ({
                value,
                label: t(`common:organisationType.${value}`),
              }))}
              value={ORGANISATION_TYPES.find((type) => type === filter.type) ?? null}
              onChange={(type) => setFilter({ ...filter, type })}
              clearable
              w={200}
              data-testid="invite-type"
            />
          </Group>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('invitations.chosen', { count: chosen.size })}
            </Text>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => setChosen(new Set())}
              disabled={chosen.size === 0}
            >
              {t('invitations.clear')}
            </Button>
          </Group>
          <ScrollArea.Autosize mah={phone ? undefined : 400}>
            <Table verticalSpacing={4} fz="sm" stickyHeader data-testid="invite-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={36}>
                    <Checkbox
                      aria-label={t('invitations.chooseShown')}
                      checked={allShown}
                      onChange={(event) =>
                        choose(
                          shown.map((o) => o.id),
                          event.currentTarget.checked,
                        )
                      }
                      data-testid="invite-all"
                    />
                  </Table.Th>
                  <Table.Th>{t('invitations.organisation')}</Table.Th>
                  <Table.Th>{t('invitations.type')}</Table.Th>
                  <Table.Th>{t('invitations.district')}</Table.Th>
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
                        data-testid={`invite-pick-${o.id}`}
                      />
                    </Table.Td>
                    <Table.Td>
                      {o.name}{' '}
                      {invited.has(o.id) && (
                        <Badge size="xs" variant="light">
                          {t('invitations.invitedBadge')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`common:organisationType.${o.type}`)}</Table.Td>
                    <Table.Td>{o.district}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {shown.length === 0 && (
              <Text c="dimmed" ta="center" py="md" size="sm">
                {organisations.length === 0
                  ? t('invitations.registryEmpty')
                  : t('common:list.noMatches')}
              </Text>
            )}
          </ScrollArea.Autosize>
          {[...chosen].some((id) => invited.has(id)) && (
            <Text size="xs" c="orange">
              {t('invitations.reinviteWarning')}
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
              data-testid="invite-create"
            >
              {t('invitations.create', { count: chosen.size })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
