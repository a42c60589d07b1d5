// The secondary research's data (/p/:slug/statistics/data): datasets, cluster definitions,
// relatedness matrices and imported maps, each on its own tab (kept in the address as ?tab=).

import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useStatisticsChoices } from '../useStatisticsChoices';
import { DatasetsPanel } from './DatasetsPanel';
import { DefinitionsPanel } from './DefinitionsPanel';
import { GeographiesPanel } from './GeographiesPanel';
import { RelatednessPanel } from './RelatednessPanel';

const TABS = ['datasets', 'definitions', 'relatedness', 'maps'] as const;
type Tab = (typeof TABS)[number];

export default function DataPage() {
  const { t } = useTranslation('statistics');
  const { slug, canWrite } = useStatisticsChoices();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((value) => value === params.get('tab')) ?? 'datasets';
  return (
    <>
      <PageHeader title={t('data.title')} description={t('data.description')} />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'datasets' ? { tab: value } : {})}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value} data-testid={`data-tab-${value}`}>
              {t(`data.tab.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="datasets">
          <DatasetsPanel slug={slug} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="definitions">
          <DefinitionsPanel slug={slug} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="relatedness">
          <RelatednessPanel slug={slug} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="maps">
          <GeographiesPanel slug={slug} canWrite={canWrite} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
