// The action editor's form: every field of core's actionInputSchema (what, the items addressed,
// who, when, money, status, term, indicators), checked as typed; saves, deletes (saying what goes
// with it) and guards unsaved changes. Server refusals show on the fields or rows they concern.

import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Autocomplete,
} from '@mantine/core';
import {
  ACTION_LAYERS,
  ACTION_STATUSES,
  actionInputSchema,
  horizonOf,
  HORIZONS,
  type ActionInput,
  type ActionLayer,
  type ActionStatus,
  type Horizon,
  type IsoDate,
} from '@kume/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormValidation } from '../../../forms/useFormValidation';
import { useFormat } from '../../../i18n/format';
import { UnsavedChangesGuard } from '../../fieldStudy/questionnaires/UnsavedChangesGuard';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import {
  createAction,
  deleteAction,
  updateAction,
  useRoadmapMutation,
  type RoadmapActionView,
  type RoadmapView,
} from '../roadmapQueries';
import { localisedActionError, refusedIndicator } from './actionErrorText';
import { actionFormErrors, actionInput, changed, type ActionFormValues } from './actionFormValues';
import { IndicatorRows } from './IndicatorRows';
import { ItemMultiSelect } from './ItemMultiSelect';
import { numberInputProps } from './numberField';
import { OwnerPartnersFields } from './OwnerPartnersFields';

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

export function ActionForm({
  slug,
  view,
  action,
  initial: opening,
  canWrite,
}: {
  slug: string;
  view: RoadmapView;
  /** The action edited; a new one when absent. */
  action?: RoadmapActionView;
  initial: ActionFormValues;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation('roadmap');
  const format = useFormat();
  const navigate = useNavigate();
  const planPath = `/p/${slug}/roadmap/actions`;
  // The values the form opened with, kept: the page makes new row keys on every render.
  const [initial] = useState(opening);
  /** Set once saved or deleted: the guard stands down, then the page leaves for it. */
  const [leaveTo, setLeaveTo] = useState<string | null>(null);
  useEffect(() => {
    if (leaveTo) void navigate(leaveTo);
  }, [leaveTo, navigate]);

  const save = useRoadmapMutation(
    slug,
    (input: ActionInput) =>
      action ? updateAction(slug, action.id, input) : createAction(slug, input),
    {
      success: action ? t('editor.saved') : t('editor.created'),
      onSuccess: () => setLeaveTo(planPath),
    },
  );
  const remove = useRoadmapMutation(slug, () => deleteAction(slug, action?.id ?? ''), {
    success: t('editor.deleted'),
    notifyErrors: true,
    onSuccess: () => setLeaveTo(planPath),
  });
  const form = useFormValidation(actionInputSchema, initial, {
    toInput: actionInput,
    refine: (values) => actionFormErrors(values, t),
    serverError: localisedActionError(save.error, t),
  });
  const { values, errors, set } = form;
  const refused = refusedIndicator(save.error, values.indicators);
  // The end date and the budget are checked as they are typed, not only on saving.
  const live = actionFormErrors(values, t);
  const listError = (field: 'itemKeys' | 'partnerOrganisationIds') =>
    errors[field] ??
    Object.entries(errors).find(([path]) => path.startsWith(`${field}.`))?.[1] ??
    undefined;
  const derived =
    isDay(values.endOn) && isDay(view.settings.startsOn)
      ? horizonOf(values.endOn as IsoDate, view.settings.startsOn)
      : null;
  const fundingSources = [
    ...new Set(view.actions.map((each) => each.fundingSource.trim()).filter(Boolean)),
  ];
  const partnerNames = new Map<string, string>();
  action?.partnerOrganisationIds.forEach((id, index) =>
    partnerNames.set(id, action.partnerNames[index] ?? id),
  );
  if (action?.ownerOrganisationId && action.ownerName)
    partnerNames.set(action.ownerOrganisationId, action.ownerName);
  const valueCount = action?.indicators.reduce((sum, each) => sum + each.values.length, 0) ?? 0;
  const readOnly = !canWrite;

  return (
    <form noValidate onSubmit={form.submit((input) => save.mutate(input))}>
      <UnsavedChangesGuard
        dirty={canWrite && leaveTo === null && changed(values, initial)}
        text={t('editor.unsaved')}
      />
      <Fieldset variant="unstyled" disabled={readOnly}>
        <Stack gap="md">
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <TextInput
                {...form.text('title')}
                label={t('action.title')}
                withAsterisk
                maxLength={300}
                data-testid="action-title"
              />
              <Textarea
                {...form.text('objective')}
                label={t('editor.objective')}
                autosize
                minRows={2}
                maxRows={8}
                maxLength={5000}
                data-testid="action-objective"
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <Select<ActionLayer>
                  label={t('action.layer')}
                  description={values.layer ? t(`layerQuestion.${values.layer}`) : undefined}
                  placeholder={t('editor.chooseLayer')}
                  withAsterisk
                  data={ACTION_LAYERS.map((layer) => ({
                    value: layer,
                    label: t(`layer.${layer}`),
                  }))}
                  value={values.layer}
                  onChange={(layer) => set('layer', layer)}
                  error={errors.layer}
                  data-testid="action-layer"
                />
                <Select<Horizon | 'derived'>
                  label={t('action.term')}
                  description={
                    values.horizon === null && derived ? t('editor.termDerivedHelp') : undefined
                  }
                  data={[
                    {
                      value: 'derived',
                      label: derived
                        ? t('editor.termDerived', { term: t(`term.${derived}`) })
                        : t('editor.termFromEnd'),
                    },
                    ...HORIZONS.map((horizon) => ({
                      value: horizon,
                      label: t(`term.${horizon}`),
                    })),
                  ]}
                  value={values.horizon ?? 'derived'}
                  onChange={(horizon) =>
                    set('horizon', horizon === 'derived' || horizon === null ? null : horizon)
                  }
                  allowDeselect={false}
                  data-testid="action-term"
                />
                <Select<ActionStatus>
                  label={t('action.status')}
                  data={ACTION_STATUSES.map((status) => ({
                    value: status,
                    label: t(`status.${status}`),
                  }))}
                  value={values.status}
                  onChange={(status) => status && set('status', status)}
                  allowDeselect={false}
                  data-testid="action-status"
                />
              </SimpleGrid>
            </Stack>
          </Paper>

          <Paper withBorder p="md" radius="md">
            <ItemMultiSelect
              items={view.items}
              value={values.itemKeys}
              onChange={(keys) => set('itemKeys', keys)}
              error={listError('itemKeys')}
              disabled={readOnly}
            />
          </Paper>

          <Paper withBorder p="md" radius="md">
            <OwnerPartnersFields
              slug={slug}
              owner={values.ownerOrganisationId}
              partners={values.partnerOrganisationIds}
              knownNames={partnerNames}
              onOwner={(id) => set('ownerOrganisationId', id)}
              onPartners={(ids) => set('partnerOrganisationIds', ids)}
              ownerError={errors.ownerOrganisationId}
              partnersError={listError('partnerOrganisationIds')}
              disabled={readOnly}
            />
          </Paper>

          <Paper withBorder p="md" radius="md">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} spacing="sm">
              <TextInput
                {...form.text('startOn')}
                type="date"
                label={t('editor.startOn')}
                withAsterisk
                data-testid="action-start"
              />
              <TextInput
                {...form.text('endOn')}
                error={errors.endOn ?? live.endOn}
                type="date"
                label={t('editor.endOn')}
                withAsterisk
                data-testid="action-end"
              />
              <NumberInput
                {...numberInputProps(i18n.language)}
                label={t('action.budget')}
                description={t('editor.budgetHelp')}
                value={values.budget}
                onChange={(budget) => set('budget', budget)}
                error={errors.budget ?? live.budget}
                hideControls
                data-testid="action-budget"
              />
              <TextInput
                {...form.text('currency')}
                onChange={(event) => set('currency', event.currentTarget.value.toUpperCase())}
                label={t('editor.currency')}
                maxLength={3}
                data-testid="action-currency"
              />
              <Autocomplete
                label={t('action.fundingSource')}
                data={fundingSources}
                value={values.fundingSource}
                onChange={(source) => set('fundingSource', source)}
                error={errors.fundingSource}
                maxLength={300}
                data-testid="action-funding"
              />
            </SimpleGrid>
          </Paper>

          <Paper withBorder p="md" radius="md">
            <IndicatorRows
              rows={values.indicators}
              onChange={(rows) => set('indicators', rows)}
              errors={errors}
              startOn={values.startOn}
              endOn={values.endOn}
              refused={
                refused
                  ? {
                      key: refused.key,
                      message: t('editor.refusedHasValues', { count: refused.count ?? 0 }),
                    }
                  : null
              }
              monitoringPath={`/p/${slug}/roadmap/monitoring`}
              disabled={readOnly}
            />
          </Paper>

          {!refused && <ErrorAlert error={form.alertError} />}
          {canWrite && (
            <Group justify="space-between" gap="sm">
              <div>
                {action && (
                  <ConfirmButton
                    title={t('editor.deleteTitle')}
                    message={t(
                      action.indicators.length === 0
                        ? 'editor.deleteTextPlain'
                        : valueCount === 0
                          ? 'editor.deleteTextIndicators'
                          : 'editor.deleteText',
                      {
                        title: action.title,
                        indicators: t('editor.indicatorCount', { count: action.indicators.length }),
                        values: t('editor.valueTotal', { count: valueCount }),
                      },
                    )}
                    onConfirm={() => remove.mutateAsync(undefined)}
                    loading={remove.isPending}
                    testId="action-delete"
                  >
                    {t('common:action.delete')}
                  </ConfirmButton>
                )}
              </div>
              <Group gap="sm">
                <Button component={Link} to={planPath} variant="default">
                  {t('common:action.cancel')}
                </Button>
                <Button type="submit" loading={save.isPending} data-testid="action-save">
                  {action ? t('editor.save') : t('editor.create')}
                </Button>
              </Group>
            </Group>
          )}
          {action && (
            <Group gap="xs" c="dimmed" fz="xs">
              {t('editor.updatedAt', { date: format.date(action.updatedAt) })}
            </Group>
          )}
        </Stack>
      </Fieldset>
    </form>
  );
}
