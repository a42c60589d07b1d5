// The field study's questionnaires: each with its status, dates and counts of links, drafts and
// submitted responses; facilitators start new ones from a template or blank.

import { Anchor, Button, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProject } from '../../../api/useProject';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useFormat } from '../../../i18n/format';
import { NewQuestionnaireModal } from './NewQuestionnaireModal';
import { useQuestionnaires } from './questionnaireQueries';
import { QuestionnaireStatusBadge } from './QuestionnaireStatusBadge';

export default function QuestionnairesPage() {
  const { t } = useTranslation('questionnaires');
  const format = useFormat();
  const project = useProject();
  const { slug } = project;
  const questionnaires = useQuestionnaires(slug);
  const [creating, createModal] = useDisclosure(false);
  const canWrite = project.can('field_study');
  const language = format.language === 'tr' ? 'tr' : 'en';

  const newButton = canWrite && (
    <Button onClick={createModal.open} data-testid="new-questionnaire">
      {t('list.new')}
    </Button>
  );
  const header = (
    <PageHeader title={t('list.title')} description={t('list.description')} actions={newButton} />
  );
  const modal = canWrite && (
    <NewQuestionnaireModal slug={slug} opened={creating} onClose={createModal.close} />
  );

  if (questionnaires.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (questionnaires.error)
    return (
      <>
        {header}
        <ErrorAlert error={questionnaires.error} />
      </>
    );
  if (questionnaires.data.length === 0)
    return (
      <>
        {header}
        <EmptyState
          title={t('list.emptyTitle')}
          description={t('list.emptyText')}
          action={newButton}
        />
        {modal}
      </>
    );

  const dates = (opensOn: string | null, closesOn: string | null) =>
    opensOn || closesOn
      ? `${format.date(opensOn) || '…'} – ${format.date(closesOn) || '…'}`
      : t('list.noDates');

  return (
    <>
      {header}
      <Table.ScrollContainer minWidth={880}>
        <Table
          striped
          highlightOnHover
          verticalSpacing="xs"
          fz="sm"
          data-testid="questionnaire-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.name')}</Table.Th>
              <Table.Th>{t('list.kind')}</Table.Th>
              <Table.Th>{t('list.status')}</Table.Th>
              <Table.Th>{t('list.dates')}</Table.Th>
              <Table.Th ta="right">{t('list.links')}</Table.Th>
              <Table.Th ta="right">{t('list.drafts')}</Table.Th>
              <Table.Th ta="right">{t('list.submitted')}</Table.Th>
              <Table.Th>{t('list.updatedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {questionnaires.data.map((q) => (
              <Table.Tr key={q.id} data-testid="questionnaire-row">
                <Table.Td miw={220}>
                  <Anchor
                    component={Link}
                    to={`/p/${slug}/field-study/questionnaires/${q.id}`}
                    fw={500}
                    size="sm"
                  >
                    {q.title[language] || q.title.tr || q.title.en || t('list.untitled')}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('list.questionCount', { count: q.questionCount })}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`kind.${q.kind}`)}</Table.Td>
                <Table.Td>
                  <QuestionnaireStatusBadge status={q.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{dates(q.opensOn, q.closesOn)}</Table.Td>
                <Table.Td ta="right">{format.number(q.linkCount)}</Table.Td>
                <Table.Td ta="right">{format.number(q.draftCount)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {format.number(q.submittedCount)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(q.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {modal}
    </>
  );
}
