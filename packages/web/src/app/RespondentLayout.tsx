// The frame of a respondent's form (personal or public link): no account, no navigation, a
// narrow column that reads well on a phone. The page itself offers the form's languages.

import { Box, Container } from '@mantine/core';
import { Outlet } from 'react-router';

export function RespondentLayout() {
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Container size="sm" px="xs" py="md">
        <Outlet />
      </Container>
    </Box>
  );
}
