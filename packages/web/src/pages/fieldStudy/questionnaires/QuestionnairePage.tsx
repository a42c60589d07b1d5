// One questionnaire: its status and dates with the actions to open, close or delete it, and three
// tabs (`?tab=`): the questions (editor with live preview), distribution (links, QR codes) and responses.

import { Anchor, Breadcrumbs, Button, Group, Tabs, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useProject } from '../../../api/useProject';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useFormat } from '../../../i18n/format';
import { useOrganisationOptions } from '../../stakeholders/stakeholderQueries';
import type { QuestionnaireView } from '../types';
import { DistributionTab } from './distribution/DistributionTab';
import { QuestionnaireEditor } from './editor/QuestionnaireEditor';
import { useQuestionnaire } from './questionnaireQueries';
import { questionnaireTab, withTab } from './questionnaireSearch';
import { QuestionnaireStatusBadge } from './QuestionnaireStatusBadge';
import { ResponsesTab } from './responses/ResponsesTab';
import { StatusActions } from './StatusActions';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { useQuestionnaireDraft } from './useQuestionnaireDraft';

export default function QuestionnairePage() {
  const { id = '' } = useParams();
  const project = useProject();
  const questionnaire = useQuestionnaire(project.slug, id);
  if (questionnaire.isPending) return <Loading />;
  if (questionnaire.error) return <ErrorAlert error={questionnaire.error} />;
  return <QuestionnaireScreen questionnaire={questionnaire.data} />;
}

function QuestionnaireScreen({ questionnaire }: { questionnaire: QuestionnaireView }) {
  const { t } = useTranslation('questionnaires');
  const format = useFormat();
  const project = useProject();
  const { slug } = project;
  const [search, setSearch] = useSearchParams();
  const tab = questionnaireTab(search);
  const editing = useQuestionnaireDraft(slug, questionnaire);
  const registry = useOrganisationOptions(slug);
  const organisations = useMemo(
    () => (registry.data?.items ?? []).map(({ id, name }) => ({ id, name })),
    [registry.data],
  );
  const canWrite = project.can('field_study');
  const language = format.language === 'tr' ? 'tr' : 'en';
  const title = editing.draft.title[language] || editing.draft.title.tr || editing.draft.title.en;
  const base = `/p/${slug}/field-study`;

  return (
    <>
      <UnsavedChangesGuard dirty={editing.dirty} />
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to={`${base}/questionnaires`} size="sm">
          {t('list.title')}
        </Anchor>
        <Text size="sm">{title || t('list.untitled')}</Text>
      </Breadcrumbs>
      <PageHeader
        title={title || t('list.untitled')}
        description={
          <Group gap="xs" component="span">
            <QuestionnaireStatusBadge status={questionnaire.status} />
            <Text span size="sm" c="dimmed">
              {t(`kind.${questionnaire.kind}`)}
              {questionnaire.opensOn &&
                ` · ${t('status.opensOn')}: ${format.date(questionnaire.opensOn)}`}
              {questionnaire.closesOn &&
                ` · ${t('status.closesOn')}: ${format.date(questionnaire.closesOn)}`}
              {` · ${t('list.submittedCount', { count: questionnaire.submittedCount })}`}
            </Text>
          </Group>
        }
        actions={
          <>
            <Button
              component={Link}
              to={`${base}/questionnaires/${questionnaire.id}/analysis`}
              variant="light"
            >
              {t('actions.analysis')}
            </Button>
            {canWrite && (
              <Button component={Link} to={`${base}/interview/${questionnaire.id}`} variant="light">
                {t('actions.interview')}
              </Button>
            )}
            {canWrite && (
              <StatusActions slug={slug} questionnaire={questionnaire} editing={editing} />
            )}
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => setSearch((current) => withTab(current, value), { replace: true })}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="questions" data-testid="tab-questions">
            {t('tabs.questions')}
            {editing.dirty && ' •'}
          </Tabs.Tab>
          <Tabs.Tab value="distribution" data-testid="tab-distribution">
            {t('tabs.distribution')}
          </Tabs.Tab>
          <Tabs.Tab value="responses" data-testid="tab-responses">
            {t('tabs.responses')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="questions">
          <QuestionnaireEditor
            questionnaire={questionnaire}
            editing={editing}
            readOnly={!canWrite}
            organisations={organisations}
          />
        </Tabs.Panel>
        <Tabs.Panel value="distribution">
          {tab === 'distribution' && (
            <DistributionTab slug={slug} questionnaire={questionnaire} canWrite={canWrite} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="responses">
          {tab === 'responses' && (
            <ResponsesTab
              slug={slug}
              questionnaire={questionnaire}
              canWrite={canWrite}
              organisationNames={new Map(organisations.map((o) => [o.id, o.name]))}
            />
          )}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
