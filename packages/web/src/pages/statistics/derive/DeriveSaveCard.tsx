// Saves the clusters being edited as a project definition under a name, then links to it in the
// definition editor.

import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { statisticsPath } from '../statisticsQueries';
import type { DefinitionView } from '../types';
import { useStatisticsMutation } from '../useStatisticsMutation';
import { duplicateNames, saveBody, type DerivedDraft } from './derivedDraft';

export function DeriveSaveCard({
  slug,
  draft,
  canWrite,
  defaultName,
  description,
  onSaved,
}: {
  slug: string;
  draft: DerivedDraft;
  canWrite: boolean;
  defaultName: string;
  /** How the clusters were derived, stored as the definition's description. */
  description: string;
  onSaved: (draft: DerivedDraft) => void;
}) {
  const { t } = useTranslation('statistics');
  const [name, setName] = useState(defaultName);
  const save = useStatisticsMutation(
    slug,
    (sent: DerivedDraft) =>
      api.post<DefinitionView>(
        statisticsPath(slug, '/definitions/derived'),
        saveBody(sent, name, description),
      ),
    { success: t('derive.save.saved', { name: name.trim() }) },
  );
  const duplicates = duplicateNames(draft).size;

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('derive.save.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={name.trim() ? undefined : t('common:validation.required')}
          maxLength={200}
          readOnly={!canWrite}
          style={{ flex: '1 1 320px' }}
          data-testid="derive-save-name"
        />
        <Button
          disabled={!canWrite || !name.trim() || duplicates > 0}
          loading={save.isPending}
          onClick={() => save.mutate(draft, { onSuccess: () => onSaved(draft) })}
          data-testid="derive-save"
        >
          {t('derive.save.button')}
        </Button>
      </Group>
      {duplicates > 0 && (
        <Text size="xs" c="red">
          {t('derive.save.duplicates', { count: duplicates })}
        </Text>
      )}
      <ErrorAlert error={save.error} />
      {save.data && (
        <Alert color="teal" data-testid="derive-saved">
          {t('derive.save.done', { name: save.data.name })}{' '}
          <Anchor
            component={Link}
            to={`/p/${encodeURIComponent(slug)}/statistics/definitions/${save.data.id}`}
            data-testid="derive-open-definition"
          >
            {t('derive.save.open')}
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}
