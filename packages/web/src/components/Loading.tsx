// A centred loader for pages waiting on the API.

import { Center, Loader } from '@mantine/core';

export function Loading() {
  return (
    <Center py="xl">
      <Loader aria-label="loading" />
    </Center>
  );
}
