// The frame of pages reached without an account: sign-in, first-run setup, invitations.

import { Box, Container, Group, Text } from '@mantine/core';
import { Outlet } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';

export function PublicLayout() {
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Container size="xs" py="xl">
        <Group justify="space-between" mb="xl">
          <Group gap={6}>
            <img src="/favicon.svg" alt="" width={30} height={30} />
            <Text fw={700} size="xl">
              Kume
            </Text>
          </Group>
          <LanguageSwitch signedIn={false} />
        </Group>
        <Outlet />
      </Container>
    </Box>
  );
}
