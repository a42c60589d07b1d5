// The top of a guest's page: the cluster initiative's name and the TR/EN switch.

import { Box, Group, Text } from '@mantine/core';
import { LanguageSwitch } from '../../../app/LanguageSwitch';

export function PublicHeader({ projectName }: { projectName: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" mb="sm">
      <Text size="sm" fw={600} c="dimmed" miw={0} style={{ overflowWrap: 'anywhere' }}>
        {projectName}
      </Text>
      {/* A long project name wraps; the switch keeps its size. */}
      <Box style={{ flexShrink: 0 }}>
        <LanguageSwitch signedIn={false} />
      </Box>
    </Group>
  );
}
