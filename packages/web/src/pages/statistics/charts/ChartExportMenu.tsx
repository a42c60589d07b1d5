// The small menu on every chart and map: save it as a PNG picture or an SVG drawing.

import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ChartExportMenu({
  onPng,
  onSvg,
  testId,
}: {
  onPng: () => void;
  onSvg: () => void;
  /** Prefix of the menu's test ids: `{testId}-export`, `-png`, `-svg`. */
  testId: string;
}) {
  const { t } = useTranslation('statistics');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-xs" variant="default" data-testid={`${testId}-export`}>
          {t('chart.export')} ▾
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={onPng} data-testid={`${testId}-png`}>
          {t('chart.png')}
        </Menu.Item>
        <Menu.Item onClick={onSvg} data-testid={`${testId}-svg`}>
          {t('chart.svg')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
