// What "Update from the stages" changed (new, updated, back again, gone, each item by title), and
// the offer to gather the roadmap when it never has been.

import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { localText } from '@kume/core';
import { useTranslation } from 'react-i18next';
import type { AssembleResult } from '../roadmapQueries';

const CHANGES = ['added', 'returned', 'updated', 'gone'] as const;

export function AssembleSummary({
  result,
  onClose,
}: {
  result: AssembleResult;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('roadmap');
  const titles = new Map(
    result.view.items.map((item) => [item.key, localText(item.title, i18n.language)]),
  );
  const total = CHANGES.reduce((sum, change) => sum + result[change].length, 0);
  return (
    <Alert
      color={result.gone.length > 0 ? 'yellow' : 'teal'}
      title={t('assemble.done')}
      withCloseButton
      onClose={onClose}
      data-testid="roadmap-assemble-result"
    >
      {total === 0 ? (
        <Text size="sm">{t('assemble.nothingChanged')}</Text>
      ) : (
        <Stack gap={6}>
          <Text size="sm">
            {CHANGES.filter((change) => result[change].length > 0)
              .map((change) => t(`assemble.count.${change}`, { count: result[change].length }))
              .join(' · ')}
          </Text>
          {CHANGES.filter((change) => change !== 'updated' && result[change].length > 0).map(
            (change) => (
              <div key={change}>
                <Text size="sm" fw={600}>
                  {t(`assemble.heading.${change}`)}
                </Text>
                <List size="sm" spacing={0}>
                  {result[change].slice(0, 12).map((key) => (
                    <List.Item key={key}>{titles.get(key) ?? key}</List.Item>
                  ))}
                  {result[change].length > 12 && (
                    <List.Item>
                      {t('assemble.more', { count: result[change].length - 12 })}
                    </List.Item>
                  )}
                </List>
              </div>
            ),
          )}
          {result.gone.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('item.goneHelp')}
            </Text>
          )}
        </Stack>
      )}
    </Alert>
  );
}

/** Shown while the roadmap has never been gathered: what it does, and the button to do it. */
export function AssembleOffer({
  canWrite,
  assembling,
  onAssemble,
}: {
  canWrite: boolean;
  assembling: boolean;
  onAssemble: () => void;
}) {
  const { t } = useTranslation('roadmap');
  return (
    <Alert color="blue" title={t('assemble.offerTitle')} data-testid="roadmap-assemble-offer">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{canWrite ? t('assemble.offerText') : t('assemble.offerReadOnly')}</Text>
        {canWrite && (
          <Button size="xs" onClick={onAssemble} loading={assembling}>
            {t('assemble.button')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
