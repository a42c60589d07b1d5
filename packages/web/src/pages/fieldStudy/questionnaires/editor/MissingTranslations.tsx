// The texts still lacking Turkish or English (a questionnaire opens only when none are left),
// each a link that opens its question and focuses the field.

import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { allQuestions, missingTranslations, type Questionnaire } from '@kume/core';
import { issueTarget } from '../editorIssues';

const SHOWN = 12;

/** A definition field path (`choices.2.text`) as the key and values of its name in words. */
function fieldName(field: string): { key: string; number?: number } {
  const numbered = /^(choices|matrix\.rows|matrix\.columns)\.(\d+)\.text$/.exec(field);
  if (numbered) return { key: numbered[1] ?? '', number: Number(numbered[2]) + 1 };
  const page = /^pages\.(\d+)\.title$/.exec(field);
  if (page) return { key: 'pageTitle', number: Number(page[1]) + 1 };
  return { key: field };
}

export function MissingTranslations({
  draft,
  onJump,
}: {
  draft: Questionnaire;
  onJump: (path: string) => void;
}) {
  const { t } = useTranslation('questionnaires');
  const missing = missingTranslations(draft);
  if (missing.length === 0) return null;
  const questions = allQuestions(draft);

  /** "Question 4 (exports): title, English" in words. */
  const describe = (apiPath: string, language: 'tr' | 'en') => {
    const target = issueTarget(apiPath);
    const languageName = t(`editor.language.${language}`);
    const name = fieldName((target.at ? target.field : target.path).replace(/\.(tr|en)$/, ''));
    const field = t(`missing.field.${name.key}`, { number: name.number, defaultValue: name.key });
    if (!target.at) return t('missing.general', { field, language: languageName });
    const before = draft.pages
      .slice(0, target.at.page)
      .reduce((sum, page) => sum + page.questions.length, 0);
    const number = before + target.at.index + 1;
    return t('missing.question', {
      number,
      id: questions[number - 1]?.id ?? '',
      field,
      language: languageName,
    });
  };

  return (
    <Alert
      color="yellow"
      title={t('missing.title', { count: missing.length })}
      data-testid="missing-translations"
    >
      <Text size="xs" mb={4}>
        {t('missing.intro')}
      </Text>
      <List size="xs" spacing={2}>
        {missing.slice(0, SHOWN).map((item) => (
          <List.Item key={item.path}>
            <Anchor component="button" type="button" size="xs" onClick={() => onJump(item.path)}>
              {describe(item.path, item.language)}
            </Anchor>
          </List.Item>
        ))}
      </List>
      {missing.length > SHOWN && (
        <Text size="xs" mt={4} c="dimmed">
          {t('missing.more', { count: missing.length - SHOWN })}
        </Text>
      )}
    </Alert>
  );
}
