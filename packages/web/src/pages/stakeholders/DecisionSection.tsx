// The facilitator's go / no-go decisions: the form to record one and the history.

import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { decisionInputSchema } from '@kume/core';
import type { ReadinessView } from '@kume/server';
import { api, projectPath } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormValidation } from '../../forms/useFormValidation';
import { todayIso, useFormat } from '../../i18n/format';
import { useStakeholderMutation } from './useStakeholderMutation';

type Outcome = ReadinessView['outcome'];

function DecisionForm({ slug, suggested }: { slug: string; suggested: Outcome }) {
  const { t } = useTranslation('stakeholders');
  const save = useStakeholderMutation(
    slug,
    (body: object) => api.post<ReadinessView>(projectPath(slug, '/readiness/decisions'), body),
    {
      success: t('readiness.decisionSaved'),
      onSuccess: () => form.reset({ ...form.values, note: '' }),
    },
  );
  const form = useFormValidation(
    decisionInputSchema,
    { decision: suggested, decidedOn: todayIso(), note: '' },
    { serverError: save.error },
  );
  return (
    <form noValidate onSubmit={form.submit((input) => save.mutate(input))}>
      <Stack gap="sm">
        <ErrorAlert error={form.alertError} />
        <Group align="flex-end" gap="sm">
          <SegmentedControl<Outcome>
            value={form.values.decision}
            onChange={(decision) => form.set('decision', decision)}
            data={[
              { value: 'go', label: <span data-testid="decision-go">{t('common:gate.go')}</span> },
              {
                value: 'no_go',
                label: <span data-testid="decision-no_go">{t('common:gate.no_go')}</span>,
              },
            ]}
            aria-label={t('readiness.decision')}
          />
          <TextInput
            label={t('readiness.decidedOn')}
            type="date"
            {...form.text('decidedOn')}
            w={170}
          />
        </Group>
        <Textarea
          label={t('readiness.note')}
          placeholder={t('readiness.notePlaceholder')}
          {...form.text('note')}
          autosize
          minRows={2}
        />
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="decision-submit">
            {t('readiness.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function DecisionSection({
  slug,
  readiness,
  canDecide,
}: {
  slug: string;
  readiness: ReadinessView;
  canDecide: boolean;
}) {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={4}>{t('readiness.decisionsTitle')}</Title>
        {canDecide && <DecisionForm slug={slug} suggested={readiness.criteriaOutcome} />}
        {readiness.decisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('readiness.noDecisions')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={360}>
            <Table verticalSpacing="xs" striped data-testid="decision-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('readiness.decidedOn')}</Table.Th>
                  <Table.Th>{t('readiness.decision')}</Table.Th>
                  <Table.Th>{t('readiness.decidedBy')}</Table.Th>
                  <Table.Th>{t('readiness.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {readiness.decisions.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(d.decidedOn)}</Table.Td>
                    <Table.Td>
                      <Badge color={d.decision === 'go' ? 'teal' : 'red'}>
                        {t(`common:gate.${d.decision}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{d.decidedBy ?? ''}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{d.note}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
