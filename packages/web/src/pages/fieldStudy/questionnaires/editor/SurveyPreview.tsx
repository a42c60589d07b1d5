// The editor's live preview: the draft rendered by SurveyJS as a respondent will see it. Loaded
// lazily (SurveyJS is large); answers typed here go nowhere and the form cannot be completed.

import { Alert } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Survey } from 'survey-react-ui';
import { toSurveyJs, type Questionnaire } from '@kume/core';
import { createSurveyModel } from '../../respond/createSurveyModel';

export default function SurveyPreview({
  draft,
  language,
  organisations,
  page,
}: {
  draft: Questionnaire;
  language: 'tr' | 'en';
  organisations: readonly { id: string; name: string }[];
  /** The page to show (the one with the question being edited). */
  page: number;
}) {
  const { t } = useTranslation('questionnaires');
  // Rebuilt a moment after typing stops, so each keystroke does not re-render the whole form.
  const [shown, setShown] = useState(draft);
  useEffect(() => {
    const timer = setTimeout(() => setShown(draft), 300);
    return () => clearTimeout(timer);
  }, [draft]);

  const built = useMemo(() => {
    try {
      // The respondents' own model settings, so the preview looks as their form will.
      const model = createSurveyModel(toSurveyJs(shown, { organisations, locale: language }), {
        locale: language,
        data: {},
      });
      model.onCompleting.add((_, options) => {
        options.allow = false;
      });
      const visible = model.visiblePages.length;
      if (visible > 0) model.currentPageNo = Math.min(page, visible - 1);
      return { model, error: null };
    } catch (error) {
      return { model: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [shown, organisations, language, page]);

  if (!built.model)
    return (
      <Alert color="yellow" title={t('preview.failed')}>
        {built.error}
      </Alert>
    );
  return <Survey model={built.model} />;
}
