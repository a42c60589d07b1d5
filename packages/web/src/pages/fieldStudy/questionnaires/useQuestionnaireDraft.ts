// The questionnaire being edited: the draft in the browser, the definition last saved, whether they
// differ, and the save (PUT) that also carries status and dates when opening or closing.

import { useState } from 'react';
import type { Questionnaire } from '@kume/core';
import { api } from '../../../api/client';
import type { QuestionnaireView } from '../types';
import { questionnairePath, useQuestionnaireMutation } from './questionnaireQueries';

/** What a PUT may change besides the definition. */
export interface QuestionnaireChange {
  status?: QuestionnaireView['status'];
  opensOn?: string | null;
  closesOn?: string | null;
}

const same = (a: Questionnaire, b: Questionnaire) => JSON.stringify(a) === JSON.stringify(b);

export function useQuestionnaireDraft(slug: string, questionnaire: QuestionnaireView) {
  const [saved, setSaved] = useState<Questionnaire>(questionnaire.definition);
  const [draft, setDraft] = useState<Questionnaire>(questionnaire.definition);
  const dirty = !same(draft, saved);

  const [server, setServer] = useState(questionnaire.definition);
  // The server's definition changed (another tab, a refetch): take it unless there are edits
  // here. Adjusted during render, as React advises for state derived from props.
  if (server !== questionnaire.definition) {
    setServer(questionnaire.definition);
    if (!same(saved, questionnaire.definition)) {
      if (!dirty) setDraft(questionnaire.definition);
      setSaved(questionnaire.definition);
    }
  }

  const save = useQuestionnaireMutation(
    slug,
    async ({ definition, change }: { definition: Questionnaire; change: QuestionnaireChange }) => {
      const view = await api.put<QuestionnaireView>(questionnairePath(slug, questionnaire.id), {
        definition,
        ...change,
      });
      return { view, sent: definition };
    },
    {
      onSuccess: ({ view, sent }) => {
        // Edits made while the request was under way stay in the draft, still unsaved.
        setDraft((current) => (same(current, sent) ? view.definition : current));
        setSaved(view.definition);
      },
    },
  );

  return {
    draft,
    setDraft,
    dirty,
    save,
    /** Saves the draft, with a status or dates when given. */
    saveDraft: (change: QuestionnaireChange = {}) =>
      save.mutateAsync({ definition: draft, change }),
    /** Back to the definition last saved. */
    discard: () => setDraft(saved),
  };
}

export type QuestionnaireDraft = ReturnType<typeof useQuestionnaireDraft>;
