// One response's answers in a drawer, in readable form: question titles, choice labels, relation
// partners with type, share, frequency and location. Facilitators may delete it.

import { Badge, Drawer, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { useFormat } from '../../../../i18n/format';
import { ConfirmButton } from '../../../stakeholders/ConfirmButton';
import type { QuestionnaireView } from '../../types';
import { questionnairePath, useQuestionnaireMutation, useResponse } from '../questionnaireQueries';
import { readableAnswers, type ReadableAnswer } from './readableAnswers';

function AnswerBody({ answer }: { answer: ReadableAnswer }) {
  const { t } = useTranslation('questionnaires');
  switch (answer.kind) {
    case 'none':
      return (
        <Text size="sm" c="dimmed">
          {t('responses.noAnswer')}
        </Text>
      );
    case 'text':
      return (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {answer.text}
        </Text>
      );
    case 'list':
      return (
        <List size="sm" spacing={2}>
          {answer.items.map((item, i) => (
            <List.Item key={i}>{item}</List.Item>
          ))}
        </List>
      );
    case 'relations':
      return (
        <Table fz="xs" verticalSpacing={2} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('responses.partner')}</Table.Th>
              <Table.Th>{t('responses.relationType')}</Table.Th>
              <Table.Th>{t('responses.share')}</Table.Th>
              <Table.Th>{t('responses.frequency')}</Table.Th>
              <Table.Th>{t('responses.location')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {answer.relations.map((relation, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  {relation.name}
                  {relation.typedIn && (
                    <Badge size="xs" variant="light" color="orange" ml={4}>
                      {t('responses.typedIn')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{relation.type}</Table.Td>
                <Table.Td>{relation.share}</Table.Td>
                <Table.Td>{relation.frequency}</Table.Td>
                <Table.Td>{relation.location}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      );
  }
}

export function ResponseDrawer({
  slug,
  questionnaire,
  responseId,
  onClose,
  canWrite,
  organisationNames,
}: {
  slug: string;
  questionnaire: QuestionnaireView;
  responseId: string | null;
  onClose: () => void;
  canWrite: boolean;
  organisationNames: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation('questionnaires');
  const format = useFormat();
  const response = useResponse(slug, questionnaire.id, responseId);
  const remove = useQuestionnaireMutation(
    slug,
    (id: string) => api.delete(questionnairePath(slug, questionnaire.id, `/responses/${id}`)),
    { success: t('responses.deleted'), onSuccess: onClose },
  );
  const data = response.data;

  return (
    <Drawer
      opened={Boolean(responseId)}
      onClose={onClose}
      position="right"
      size="lg"
      title={data?.organisationName ?? data?.respondentName ?? t('responses.anonymous')}
    >
      {response.isPending ? (
        <Loading />
      ) : response.error ? (
        <ErrorAlert error={response.error} />
      ) : data ? (
        <Stack gap="md" data-testid="response-drawer">
          <Group gap="xs">
            <Badge variant="light" color={data.status === 'submitted' ? 'teal' : 'yellow'}>
              {t(`responseStatus.${data.status}`)}
            </Badge>
            <Text size="sm" c="dimmed">
              {t(`channel.${data.channel}`)}
              {data.submittedAt && ` · ${format.date(data.submittedAt)}`}
              {data.interviewerName && ` · ${t('responses.interviewer')}: ${data.interviewerName}`}
            </Text>
          </Group>
          {readableAnswers(questionnaire.definition, data.answers, {
            language: i18n.language,
            organisationNames,
            otherLabel: t('responses.other'),
          }).map((answer) => (
            <Stack key={answer.id} gap={2} data-testid="response-answer">
              <Text size="sm" fw={600}>
                {answer.title}
              </Text>
              <AnswerBody answer={answer} />
            </Stack>
          ))}
          {remove.error && <ErrorAlert error={remove.error} />}
          {canWrite && (
            <Group>
              <ConfirmButton
                title={t('responses.deleteTitle')}
                message={t('responses.deleteText')}
                onConfirm={() => remove.mutateAsync(data.id)}
                loading={remove.isPending}
                testId="delete-response"
              >
                {t('responses.delete')}
              </ConfirmButton>
            </Group>
          )}
        </Stack>
      ) : null}
    </Drawer>
  );
}
