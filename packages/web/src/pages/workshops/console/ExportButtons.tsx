// Download the workshop: XLSX with every sheet (rounds, items, results, ballots), or one as CSV.

import { Button, Group, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { workshopExportPath } from './workshopQueries';

const TABLES = ['results', 'items', 'rounds', 'ballots'] as const;

export function ExportButtons({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation('workshops');
  return (
    <Group gap="xs">
      <Button
        component="a"
        href={workshopExportPath(slug, id, 'xlsx')}
        download
        variant="default"
        size="xs"
        data-testid="workshop-export-xlsx"
      >
        XLSX
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" size="xs" data-testid="workshop-export-csv">
            CSV ▾
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {TABLES.map((table) => (
            <Menu.Item
              key={table}
              component="a"
              href={workshopExportPath(slug, id, 'csv', table)}
              download
            >
              {t(`console.exportTable.${table}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
