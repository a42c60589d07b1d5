// The deck's benchmark case: a case of the project's library (or none), a short preview of it in
// the UI language, and a link to the library where cases are written.

import { Anchor, Badge, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { localText } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BenchmarkCaseItem } from './deckTypes';

export function BenchmarkCasePicker({
  slug,
  cases,
  value,
  editable,
  error,
  onChange,
}: {
  slug: string;
  cases: BenchmarkCaseItem[];
  value: string | null;
  editable: boolean;
  error?: string;
  onChange: (id: string | null) => void;
}) {
  const { t, i18n } = useTranslation('deck');
  const language = i18n.language;
  const chosen = cases.find((item) => item.id === value) ?? null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="deck-case-panel">
      <Stack gap="sm">
        <Title order={3}>{t('case.title')}</Title>
        <Select
          label={t('case.label')}
          placeholder={t('case.placeholder')}
          data={cases.map((item) => ({
            value: item.id,
            label: t('case.option', {
              name: item.name,
              country: localText(item.country, language),
            }),
          }))}
          value={chosen ? chosen.id : null}
          onChange={onChange}
          clearable={editable}
          searchable={editable}
          readOnly={!editable}
          error={error}
          nothingFoundMessage={t('case.empty')}
          data-testid="deck-case"
        />
        {chosen && (
          <Stack gap={4} data-testid="deck-case-preview">
            <Group gap="xs">
              <Text fw={600}>{chosen.name}</Text>
              {chosen.founded !== null && (
                <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
                  {t('case.founded', { year: chosen.founded })}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {[localText(chosen.country, language), localText(chosen.sector, language)]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Text size="sm" lineClamp={4}>
              {localText(chosen.summary, language)}
            </Text>
          </Stack>
        )}
        {cases.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('case.empty')}
          </Text>
        )}
        <Anchor
          component={Link}
          to={`/p/${slug}/information-day/cases`}
          size="sm"
          data-testid="deck-cases-link"
        >
          {t('case.library')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
