// The confirmed working group: when and by whom, how many members, what differs from the
// suggestion, and its export as a CSV for invitation letters.

import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { WorkingGroupView } from '@kume/server';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { GroupDiff } from './groupSelection';

export function ConfirmedPanel({
  confirmed,
  confirmedByName,
  fromSuggestion,
  nameOf,
  onExport,
}: {
  confirmed: NonNullable<WorkingGroupView['confirmed']>;
  /** The facilitator's name; null when they are no longer a member of the project. */
  confirmedByName: string | null;
  /** The confirmed group against the current suggestion. */
  fromSuggestion: GroupDiff;
  nameOf: (id: string) => string;
  onExport: () => void;
}) {
  const { t } = useTranslation('workingGroup');
  const format = useFormat();
  const names = (ids: readonly string[]) => ids.map(nameOf).join(', ');
  return (
    <Alert color="teal" title={t('confirmed.title')} data-testid="wg-confirmed">
      <Stack gap={6}>
        <Text size="sm">
          {t('confirmed.when', {
            count: confirmed.memberIds.length,
            date: format.date(confirmed.confirmedAt),
            name: confirmedByName ?? t('confirmed.unknownUser'),
          })}
        </Text>
        {fromSuggestion.added.length === 0 && fromSuggestion.removed.length === 0 ? (
          <Text size="sm" data-testid="wg-diff">
            {t('confirmed.asSuggested')}
          </Text>
        ) : (
          <Stack gap={2} data-testid="wg-diff">
            {fromSuggestion.added.length > 0 && (
              <Text size="sm">
                {t('confirmed.added', {
                  count: fromSuggestion.added.length,
                  names: names(fromSuggestion.added),
                })}
              </Text>
            )}
            {fromSuggestion.removed.length > 0 && (
              <Text size="sm">
                {t('confirmed.removed', {
                  count: fromSuggestion.removed.length,
                  names: names(fromSuggestion.removed),
                })}
              </Text>
            )}
          </Stack>
        )}
        <Group>
          <Button size="xs" variant="light" onClick={onExport} data-testid="wg-export-csv">
            {t('confirmed.export')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
