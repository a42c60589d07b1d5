// An organisation's registry fields as label / value pairs. The website is a link only when it
// is http or https (a stored javascript: address must never become a link).

import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '@kume/server';
import { useFormat } from '../../i18n/format';

/** The address when it is an http(s) URL, else null. */
export function safeWebLink(website: string | null): string | null {
  if (!website) return null;
  try {
    const url = new URL(website);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children === null || children === '' ? '–' : children}
      </Text>
    </Stack>
  );
}

export function OrganisationDetails({ organisation: o }: { organisation: OrganisationView }) {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  const link = safeWebLink(o.website);
  const coordinates =
    o.latitude !== null && o.longitude !== null
      ? `${format.number(o.latitude, { maximumFractionDigits: 5 })}, ${format.number(o.longitude, { maximumFractionDigits: 5 })}`
      : null;
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md" verticalSpacing="sm">
        <Field label={t('organisation.type')}>{t(`common:organisationType.${o.type}`)}</Field>
        <Field label={t('organisation.industryCode')}>{o.industryCode}</Field>
        <Field label={t('organisation.valueChainStage')}>{o.valueChainStage}</Field>
        <Field label={t('organisation.employees')}>{format.number(o.employees)}</Field>
        <Field label={t('organisation.district')}>{o.district}</Field>
        <Field label={t('organisation.city')}>{o.city}</Field>
        <Field label={t('organisation.address')}>{o.address}</Field>
        <Field label={t('organisation.website')}>
          {link ? (
            <Anchor href={link} target="_blank" rel="noopener noreferrer">
              {o.website}
            </Anchor>
          ) : (
            o.website
          )}
        </Field>
        <Field label={t('organisation.coordinates')}>{coordinates}</Field>
      </SimpleGrid>
      {o.notes && (
        <Stack mt="md" gap={2}>
          <Field label={t('organisation.notes')}>{o.notes}</Field>
        </Stack>
      )}
    </Paper>
  );
}
