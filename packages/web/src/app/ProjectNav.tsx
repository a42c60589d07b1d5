// The project's navigation: the dashboard, stage 1's screens, the field study's secondary
// research, primary research and cluster map, and the project's members and settings.

import { Badge, Divider, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { NavLink as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProject } from '../api/useProject';

export function ProjectNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const project = useProject();
  const link = (to: string, label: string, end = false, extra?: React.ReactNode) => (
    <NavLink
      key={to}
      component={RouterLink}
      to={`/p/${slug}${to}`}
      end={end}
      label={label}
      rightSection={extra}
      onClick={onNavigate}
      data-testid={`nav-${to.replace(/^\//, '') || 'dashboard'}`}
    />
  );
  const overdue = project.data?.summary.overdueFollowUps ?? 0;
  return (
    <ScrollArea>
      <Stack gap={4}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm" lineClamp={2}>
          {project.data?.name ?? ''}
        </Text>
        {link('', t('nav.dashboard'), true)}
        <Divider my={4} label={t('stage.stakeholder_visits')} labelPosition="left" />
        {link('/organisations', t('nav.organisations'))}
        {link('/visits', t('nav.visits'))}
        {link(
          '/follow-ups',
          t('nav.followUps'),
          false,
          overdue > 0 ? (
            <Badge color="red" size="sm">
              {overdue}
            </Badge>
          ) : undefined,
        )}
        {link('/power-interest', t('nav.powerInterest'))}
        {link('/readiness', t('nav.readiness'))}
        <Divider my={4} label={t('stage.field_study')} labelPosition="left" />
        <Text size="xs" c="dimmed" px="sm">
          {t('statistics:nav.section')}
        </Text>
        {link('/statistics', t('statistics:nav.overview'), true)}
        {link('/statistics/data', t('statistics:nav.data'))}
        {link('/statistics/region', t('statistics:nav.region'))}
        {link('/statistics/clusters', t('statistics:nav.clusters'))}
        {link('/statistics/derive', t('statistics:nav.derive'))}
        <Text size="xs" c="dimmed" px="sm" mt={4}>
          {t('fieldwork:nav.section')}
        </Text>
        {link('/field-study/questionnaires', t('fieldwork:nav.questionnaires'))}
        {link('/field-study/interviews', t('fieldwork:nav.interviews'))}
        {link('/field-study/quota', t('fieldwork:nav.quota'))}
        {link('/field-study/relations', t('fieldwork:nav.relations'))}
        <Text size="xs" c="dimmed" px="sm" mt={4}>
          {t('fieldwork:nav.mapSection')}
        </Text>
        {link('/field-study/map', t('fieldwork:nav.map'))}
        {link('/field-study/value-chain', t('fieldwork:nav.valueChain'))}
        {link('/field-study/working-group', t('fieldwork:nav.workingGroup'))}
        <Divider my={4} label={t('stage.information_day')} labelPosition="left" />
        {link('/information-day', t('nav.informationDay'))}
        {link('/information-day/cases', t('nav.benchmarkCases'))}
        <Divider my={4} label={t('stage.workshops')} labelPosition="left" />
        {link('/workshops', t('nav.workshops'))}
        <Divider my={4} label={t('stage.roadmap')} labelPosition="left" />
        {link('/roadmap', t('nav.roadmap'), true)}
        {link('/roadmap/actions', t('nav.actionPlan'))}
        {link('/roadmap/monitoring', t('nav.monitoring'))}
        {link('/roadmap/self-assessment', t('nav.selfAssessment'))}
        {link('/roadmap/documents', t('nav.roadmapDocuments'))}
        <Divider my={4} label={t('nav.projectSection')} labelPosition="left" />
        {link('/members', t('nav.members'))}
        {link('/settings', t('nav.settings'))}
      </Stack>
    </ScrollArea>
  );
}
