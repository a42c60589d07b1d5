// A 1-5 score picked from five labelled segments (willingness or influence).

import { Input, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const SCORES = ['1', '2', '3', '4', '5'] as const;

export function ScoreControl({
  kind,
  value,
  onChange,
  error,
}: {
  kind: 'willingness' | 'influence';
  /** '' until a score is chosen. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation('stakeholders');
  return (
    <Input.Wrapper
      label={t(`commitment.${kind}`)}
      description={t(`commitment.${kind}Help`)}
      error={error}
      withAsterisk
    >
      <SegmentedControl
        mt={4}
        fullWidth
        value={value}
        onChange={onChange}
        aria-label={t(`commitment.${kind}`)}
        data={SCORES.map((score) => ({
          value: score,
          label: (
            <Stack gap={0} data-testid={`${kind}-${score}`}>
              <Text fw={700} size="sm" span>
                {score}
              </Text>
              <Text size="xs" span lh={1.2}>
                {t(`commitment.${kind}Scale.${score}`)}
              </Text>
            </Stack>
          ),
        }))}
      />
    </Input.Wrapper>
  );
}
