// The frame of the secondary research screens (/p/:slug/statistics/...): the bar of choices
// above whichever page is open.

import { Box } from '@mantine/core';
import { Outlet } from 'react-router';
import { ChoicesBar } from './ChoicesBar';

export default function StatisticsLayout() {
  return (
    <Box maw={1400}>
      <ChoicesBar />
      <Outlet />
    </Box>
  );
}
