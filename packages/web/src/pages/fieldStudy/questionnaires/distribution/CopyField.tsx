// A URL shown read-only with a copy button.

import { ActionIcon, CopyButton, TextInput, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyIcon } from '../CopyIcon';

export function CopyField({ url, label }: { url: string; label: string }) {
  const { t } = useTranslation('questionnaires');
  return (
    <TextInput
      aria-label={label}
      value={url}
      readOnly
      size="xs"
      ff="monospace"
      onFocus={(event) => event.currentTarget.select()}
      style={{ flex: 1, minWidth: 220 }}
      rightSection={
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('distribution.copied') : t('distribution.copy')}>
              <ActionIcon
                variant="subtle"
                color={copied ? 'teal' : 'gray'}
                onClick={copy}
                aria-label={t('distribution.copyLabel', { label })}
              >
                {copied ? '✓' : <CopyIcon />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      }
    />
  );
}
