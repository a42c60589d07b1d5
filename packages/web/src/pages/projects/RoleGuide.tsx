// What each project role may do, in one line each, beside the members list.

import { Badge, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROJECT_ROLES } from '@kume/core';

export function RoleGuide() {
  const { t } = useTranslation('projects');
  return (
    <Paper withBorder p="md" radius="md" bg="var(--mantine-color-gray-0)">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        {PROJECT_ROLES.map((role) => (
          <div key={role}>
            <Badge variant="light" mb={4}>
              {t(`role.${role}`, { ns: 'common' })}
            </Badge>
            <Text size="xs" c="dimmed">
              {t(`members.roleGuide.${role}`)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
