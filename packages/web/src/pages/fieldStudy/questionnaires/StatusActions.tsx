// Opening and closing a questionnaire, with its opening and closing dates; deleting it.
// Opening saves the draft too and needs every text in both languages.

import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { missingTranslations } from '@kume/core';
import { api } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import type { QuestionnaireView } from '../types';
import { questionnairePath, useQuestionnaireMutation } from './questionnaireQueries';
import type { QuestionnaireDraft } from './useQuestionnaireDraft';

export function StatusActions({
  slug,
  questionnaire,
  editing,
}: {
  slug: string;
  questionnaire: QuestionnaireView;
  editing: QuestionnaireDraft;
}) {
  const { t } = useTranslation('questionnaires');
  const navigate = useNavigate();
  const [dating, datesModal] = useDisclosure(false);
  const [opensOn, setOpensOn] = useState(questionnaire.opensOn ?? '');
  const [closesOn, setClosesOn] = useState(questionnaire.closesOn ?? '');
  const [error, setError] = useState<unknown>(null);
  const missing = missingTranslations(editing.draft).length;
  const remove = useQuestionnaireMutation(
    slug,
    () => api.delete(questionnairePath(slug, questionnaire.id)),
    {
      success: t('deleted'),
      onSuccess: () => void navigate(`/p/${slug}/field-study/questionnaires`, { replace: true }),
    },
  );

  const open = () => {
    setError(null);
    editing
      .saveDraft({ status: 'open', opensOn: opensOn || null, closesOn: closesOn || null })
      .then(datesModal.close)
      .catch(setError);
  };
  const openModal = () => {
    setOpensOn(questionnaire.opensOn ?? '');
    setClosesOn(questionnaire.closesOn ?? '');
    setError(null);
    datesModal.open();
  };

  return (
    <>
      {questionnaire.status === 'open' ? (
        <>
          <Button variant="default" onClick={openModal} data-testid="questionnaire-dates">
            {t('status.dates')}
          </Button>
          <Button
            variant="light"
            color="orange"
            onClick={() =>
              editing.saveDraft({ status: 'closed' }).catch((failure: Error) =>
                notifications.show({
                  color: 'red',
                  title: t('common:error.title'),
                  message: failure.message,
                }),
              )
            }
            loading={editing.save.isPending && !dating}
            data-testid="close-questionnaire"
          >
            {t('status.close')}
          </Button>
        </>
      ) : (
        <Button onClick={openModal} data-testid="open-questionnaire">
          {questionnaire.status === 'closed' ? t('status.reopen') : t('status.openAction')}
        </Button>
      )}
      <ConfirmButton
        title={t('deleteTitle')}
        message={t('deleteText', {
          count: questionnaire.submittedCount + questionnaire.draftCount,
        })}
        onConfirm={() => remove.mutateAsync()}
        loading={remove.isPending}
        testId="delete-questionnaire"
      >
        {t('common:action.delete')}
      </ConfirmButton>
      <Modal
        opened={dating}
        onClose={datesModal.close}
        title={questionnaire.status === 'open' ? t('status.dates') : t('status.openTitle')}
        size="md"
      >
        <Stack gap="sm">
          <Text size="sm">{t('status.datesHelp')}</Text>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              type="date"
              label={t('status.opensOn')}
              value={opensOn}
              onChange={(event) => setOpensOn(event.currentTarget.value)}
              data-testid="opens-on"
            />
            <TextInput
              type="date"
              label={t('status.closesOn')}
              value={closesOn}
              onChange={(event) => setClosesOn(event.currentTarget.value)}
              error={
                opensOn && closesOn && closesOn < opensOn
                  ? t('status.closesBeforeOpens')
                  : undefined
              }
              data-testid="closes-on"
            />
          </SimpleGrid>
          {missing > 0 && (
            <Alert color="yellow" p="xs">
              {t('status.missingFirst', { count: missing })}
            </Alert>
          )}
          {editing.dirty && missing === 0 && (
            <Text size="xs" c="dimmed">
              {t('status.savesDraft')}
            </Text>
          )}
          {Boolean(error) && <ErrorAlert error={error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={datesModal.close}>
              {t('common:action.cancel')}
            </Button>
            <Button
              onClick={open}
              loading={editing.save.isPending}
              disabled={missing > 0 || Boolean(opensOn && closesOn && closesOn < opensOn)}
              data-testid="confirm-open"
            >
              {questionnaire.status === 'open' ? t('common:action.save') : t('status.openConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {remove.error && <ErrorAlert error={remove.error} />}
    </>
  );
}
