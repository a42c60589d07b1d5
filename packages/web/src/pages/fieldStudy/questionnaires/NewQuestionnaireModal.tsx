// "New questionnaire": start from one of Kume's templates (with its question count) or blank;
// once created, the editor opens.

import { Button, Card, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Questionnaire } from '@kume/core';
import { api, projectPath } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import type { QuestionnaireView } from '../types';
import { useQuestionnaireMutation, useQuestionnaireTemplates } from './questionnaireQueries';

type Start = { template: string } | { definition: Questionnaire };

/**
 * A blank questionnaire: the title in the language it was typed in (the other one is then listed
 * as missing), one page with no questions.
 */
function blankDefinition(title: string, language: 'tr' | 'en'): Questionnaire {
  return {
    title: language === 'tr' ? { tr: title, en: '' } : { tr: '', en: title },
    kind: 'custom',
    pages: [{ questions: [] }],
  };
}

export function NewQuestionnaireModal({
  slug,
  opened,
  onClose,
}: {
  slug: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('questionnaires');
  const navigate = useNavigate();
  const templates = useQuestionnaireTemplates(slug, opened);
  const [blankTitle, setBlankTitle] = useState('');
  const create = useQuestionnaireMutation(
    slug,
    (start: Start) => api.post<QuestionnaireView>(projectPath(slug, '/questionnaires'), start),
    {
      success: t('created'),
      onSuccess: (created) => {
        onClose();
        void navigate(`/p/${slug}/field-study/questionnaires/${created.id}`);
      },
    },
  );
  const language = i18n.language === 'tr' ? 'tr' : 'en';
  const starting = create.variables;
  const creating = starting && 'template' in starting ? starting.template : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('new.title')} size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('new.intro')}
        </Text>
        {templates.isPending ? (
          <Loading />
        ) : templates.error ? (
          <ErrorAlert error={templates.error} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {templates.data.map((template) => (
              <Card key={template.kind} withBorder padding="sm" data-testid="template-card">
                <Stack gap={6} h="100%" justify="space-between">
                  <Stack gap={4}>
                    <Text fw={600} size="sm">
                      {template.title[language] || template.title.en}
                    </Text>
                    {template.description && (
                      <Text size="xs" c="dimmed" lineClamp={4}>
                        {template.description[language] || template.description.en}
                      </Text>
                    )}
                    <Text size="xs">
                      {t('new.questionCount', { count: template.questionCount })}
                    </Text>
                  </Stack>
                  <Button
                    size="xs"
                    variant="light"
                    loading={create.isPending && creating === template.kind}
                    disabled={create.isPending}
                    onClick={() => create.mutate({ template: template.kind })}
                    data-testid={`use-template-${template.kind}`}
                  >
                    {t('new.useTemplate')}
                  </Button>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
        <Card withBorder padding="sm">
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('new.blankTitle')}
              description={t('new.blankHelp')}
              value={blankTitle}
              onChange={(event) => setBlankTitle(event.currentTarget.value)}
              style={{ flex: 1 }}
              maxLength={200}
            />
            <Button
              variant="default"
              disabled={create.isPending || !blankTitle.trim()}
              onClick={() =>
                create.mutate({ definition: blankDefinition(blankTitle.trim(), language) })
              }
              data-testid="create-blank"
            >
              {t('new.blank')}
            </Button>
          </Group>
        </Card>
        {create.error && <ErrorAlert error={create.error} />}
      </Stack>
    </Modal>
  );
}
