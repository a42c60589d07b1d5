// A small dialog that renames a dataset (or anything else with a name).

import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';

export function RenameModal({
  opened,
  name,
  title,
  onClose,
  onSave,
  saving,
  error,
}: {
  opened: boolean;
  /** The current name, the field's first value. */
  name: string;
  title: string;
  onClose: () => void;
  onSave: (name: string) => void;
  saving: boolean;
  error: unknown;
}) {
  const { t } = useTranslation('statistics');
  const [value, setValue] = useState(name);
  // A new subject (another row's rename) starts from its own name.
  const [shownFor, setShownFor] = useState(name);
  if (name !== shownFor) {
    setShownFor(name);
    setValue(name);
  }
  const empty = value.trim() === '';
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="sm">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!empty) onSave(value.trim());
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('column.name')}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            error={empty ? t('common:validation.required') : undefined}
            maxLength={200}
            data-autofocus
            data-testid="rename-input"
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={empty} data-testid="rename-save">
              {t('common:action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
