// SurveyJS's form, shielded from the page's own re-renders: re-rendering <Survey> resets a text
// field being typed in (its text reaches the model only when the field is left), so a save status
// or a list changing beside the form must not reach it.

import { memo } from 'react';
import type { SurveyModel } from 'survey-core';
import { Survey } from 'survey-react-ui';

export const SurveyView = memo(function SurveyView({ model }: { model: SurveyModel }) {
  return <Survey model={model} />;
});
