// "Add relation" by hand: two organisations of the registry, the type (from the first one's
// view), and optionally the share, frequency and location.

import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack } from '@mantine/core';
import {
  localText,
  RELATION_FREQUENCIES,
  RELATION_FREQUENCY_LABELS,
  RELATION_LOCATION_LABELS,
  RELATION_LOCATIONS,
  RELATION_TYPE_LABELS,
  RELATION_TYPES,
  type RelationFrequency,
  type RelationLocation,
  type RelationType,
} from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, projectPath } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useOrganisationOptions } from '../../stakeholders/stakeholderQueries';
import { useFieldStudyMutation } from '../interviews/useFieldStudyMutation';

interface Draft {
  sourceOrganisationId: string | null;
  targetOrganisationId: string | null;
  relationType: RelationType;
  sharePercent: number | null;
  frequency: RelationFrequency | null;
  location: RelationLocation | null;
}

const EMPTY: Draft = {
  sourceOrganisationId: null,
  targetOrganisationId: null,
  relationType: 'supplier',
  sharePercent: null,
  frequency: null,
  location: null,
};

export function AddRelationModal({
  slug,
  opened,
  onClose,
}: {
  slug: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('fieldwork');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const organisations = useOrganisationOptions(slug);
  const close = () => {
    setDraft(EMPTY);
    save.reset();
    onClose();
  };
  const save = useFieldStudyMutation(
    slug,
    (body: object) => api.post(projectPath(slug, '/relations'), body),
    { success: t('relations.add.created'), onSuccess: close },
  );
  const options = (organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  const labelled = <V extends string>(
    values: readonly V[],
    labels: Record<V, { tr: string; en: string }>,
  ) => values.map((value) => ({ value, label: localText(labels[value], i18n.language) }));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const same =
    draft.sourceOrganisationId !== null &&
    draft.sourceOrganisationId === draft.targetOrganisationId;

  return (
    <Modal opened={opened} onClose={close} title={t('relations.add.title')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({
            sourceOrganisationId: draft.sourceOrganisationId,
            targetOrganisationId: draft.targetOrganisationId,
            relationType: draft.relationType,
            ...(draft.sharePercent !== null ? { sharePercent: draft.sharePercent } : {}),
            ...(draft.frequency ? { frequency: draft.frequency } : {}),
            ...(draft.location ? { location: draft.location } : {}),
          });
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('relations.source')}
            description={t('relations.add.sourceHelp')}
            data={options}
            value={draft.sourceOrganisationId}
            onChange={(value) => set('sourceOrganisationId', value)}
            searchable
            required
            data-testid="relation-source"
          />
          <Select
            label={t('relations.type')}
            description={t('relations.add.typeHelp')}
            data={labelled(RELATION_TYPES, RELATION_TYPE_LABELS)}
            value={draft.relationType}
            onChange={(value) =>
              set('relationType', RELATION_TYPES.find((v) => v === value) ?? 'supplier')
            }
            allowDeselect={false}
            required
            data-testid="relation-type"
          />
          <Select
            label={t('relations.target')}
            data={options}
            value={draft.targetOrganisationId}
            onChange={(value) => set('targetOrganisationId', value)}
            searchable
            required
            error={same ? t('relations.add.same') : undefined}
            data-testid="relation-target"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput
              label={t('relations.share')}
              value={draft.sharePercent ?? ''}
              onChange={(value) => set('sharePercent', typeof value === 'number' ? value : null)}
              min={0}
              max={100}
              allowDecimal={false}
              suffix=" %"
            />
            <Select
              label={t('relations.frequency')}
              data={labelled(RELATION_FREQUENCIES, RELATION_FREQUENCY_LABELS)}
              value={draft.frequency}
              onChange={(value) =>
                set('frequency', RELATION_FREQUENCIES.find((v) => v === value) ?? null)
              }
              clearable
            />
            <Select
              label={t('relations.location')}
              data={labelled(RELATION_LOCATIONS, RELATION_LOCATION_LABELS)}
              value={draft.location}
              onChange={(value) =>
                set('location', RELATION_LOCATIONS.find((v) => v === value) ?? null)
              }
              clearable
            />
          </SimpleGrid>
          <ErrorAlert error={save.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!draft.sourceOrganisationId || !draft.targetOrganisationId || same}
              data-testid="save-relation"
            >
              {t('relations.add.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
