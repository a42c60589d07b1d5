// The registry's "Export" menu: the list as filtered and sorted on screen, as CSV or XLSX.

import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { projectPath, query } from '../../api/client';

export function ExportMenu({
  slug,
  params,
}: {
  slug: string;
  /** The list's filters and order (q, type, sort, dir, locale), applied to the export too. */
  params: Record<string, string | undefined>;
}) {
  const { t } = useTranslation('stakeholders');
  const href = (format: 'csv' | 'xlsx') =>
    projectPath(slug, `/organisations/export${query({ format, ...params })}`);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" data-testid="export-menu">
          {t('common:action.export')} ▾
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={href('xlsx')} download data-testid="export-xlsx">
          {t('organisations.exportXlsx')}
        </Menu.Item>
        <Menu.Item component="a" href={href('csv')} download data-testid="export-csv">
          {t('organisations.exportCsv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
