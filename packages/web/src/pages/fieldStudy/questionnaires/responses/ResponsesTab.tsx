// The Responses tab: every response (organisation, channel, status, respondent, submitted at,
// interviewer), one response's answers in a drawer (`?response=` in the address), exports, and the
// import of another tool's file.

import { Badge, Button, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { useFormat } from '../../../../i18n/format';
import type { QuestionnaireView } from '../../types';
import { questionnairePath, useResponses } from '../questionnaireQueries';
import { shownResponse, withResponse } from '../questionnaireSearch';
import { ImportResponsesModal } from './ImportResponsesModal';
import { ResponseDrawer } from './ResponseDrawer';

export function ResponsesTab({
  slug,
  questionnaire,
  canWrite,
  organisationNames,
}: {
  slug: string;
  questionnaire: QuestionnaireView;
  canWrite: boolean;
  organisationNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('questionnaires');
  const format = useFormat();
  const responses = useResponses(slug, questionnaire.id);
  // The open drawer lives in the address, so the relations table can link to one response.
  const [search, setSearch] = useSearchParams();
  const shown = shownResponse(search);
  const setShown = (responseId: string | null) =>
    setSearch((current) => withResponse(current, responseId), { replace: true });
  const [importing, setImporting] = useState(false);
  const exportPath = (query: string) =>
    questionnairePath(slug, questionnaire.id, `/responses/export?${query}`);

  const actions = (
    <Group gap="xs">
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="light" data-testid="export-responses">
            {t('responses.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            component="a"
            href={exportPath('format=csv')}
            download
            data-testid="export-csv"
          >
            {t('responses.exportCsv')}
          </Menu.Item>
          <Menu.Item
            component="a"
            href={exportPath('format=xlsx')}
            download
            data-testid="export-xlsx"
          >
            {t('responses.exportXlsx')}
          </Menu.Item>
          <Menu.Item
            component="a"
            href={exportPath('format=csv&table=relations')}
            download
            data-testid="export-relations"
          >
            {t('responses.exportRelations')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {canWrite && (
        <Button variant="default" onClick={() => setImporting(true)} data-testid="import-responses">
          {t('responses.import')}
        </Button>
      )}
    </Group>
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {responses.data &&
            t('responses.summary', {
              count: responses.data.length,
              submitted: responses.data.filter((r) => r.status === 'submitted').length,
            })}
        </Text>
        {actions}
      </Group>
      {responses.isPending ? (
        <Loading />
      ) : responses.error ? (
        <ErrorAlert error={responses.error} />
      ) : responses.data.length === 0 ? (
        <EmptyState title={t('responses.emptyTitle')} description={t('responses.emptyText')} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table
            striped
            highlightOnHover
            verticalSpacing="xs"
            fz="sm"
            data-testid="responses-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('responses.organisation')}</Table.Th>
                <Table.Th>{t('responses.channel')}</Table.Th>
                <Table.Th>{t('responses.status')}</Table.Th>
                <Table.Th>{t('responses.respondent')}</Table.Th>
                <Table.Th>{t('responses.submittedAt')}</Table.Th>
                <Table.Th>{t('responses.interviewer')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {responses.data.map((response) => (
                <Table.Tr key={response.id} data-testid="response-row">
                  <Table.Td>{response.organisationName ?? t('responses.anonymous')}</Table.Td>
                  <Table.Td>{t(`channel.${response.channel}`)}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={response.status === 'submitted' ? 'teal' : 'yellow'}
                    >
                      {t(`responseStatus.${response.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{response.respondentName}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {format.date(response.submittedAt)}
                  </Table.Td>
                  <Table.Td>{response.interviewerName}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setShown(response.id)}
                      aria-label={t('responses.showFor', {
                        name: response.organisationName ?? response.respondentName,
                      })}
                    >
                      {t('responses.show')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ResponseDrawer
        slug={slug}
        questionnaire={questionnaire}
        responseId={shown}
        onClose={() => setShown(null)}
        canWrite={canWrite}
        organisationNames={organisationNames}
      />
      {importing && (
        <ImportResponsesModal
          slug={slug}
          questionnaire={questionnaire}
          onClose={() => setImporting(false)}
        />
      )}
    </Stack>
  );
}
