// What a derivation left out and why: regions without data, industries a measure could not
// measure (not in the IO table, the same everywhere), industries no measure relates.

import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeriveAnswerView } from './deriveTypes';

/** How many codes a note names before "and N more". */
const NAMED = 12;

/** The engine's measure names and reasons in the UI language (unknown ones as they are). */
export function useMeasureWords() {
  const { t } = useTranslation('statistics');
  const reasons: Record<string, string> = {
    'not in the input-output table': 'notInIo',
    'the same value in every region (no variance)': 'constant',
  };
  return {
    measure: (name: string) => {
      const colocation = /^co-location of (employment|establishments) \((share|LQ)\)$/.exec(name);
      if (colocation)
        return t('derive.measure.colocation', {
          of: t(`derive.measure.${colocation[1]}`),
          variable: t(`derive.form.${colocation[2] === 'LQ' ? 'lq' : 'share'}`),
        });
      return name === 'input-output' ? t('derive.measure.io') : name;
    },
    reason: (reason: string) => {
      const key = reasons[reason];
      return key ? t(`derive.notes.${key}`) : reason;
    },
  };
}

function useCodes() {
  const { t } = useTranslation('statistics');
  return (codes: readonly string[]) =>
    codes.length > NAMED
      ? t('derive.notes.andMore', {
          codes: codes.slice(0, NAMED).join(', '),
          count: codes.length - NAMED,
        })
      : codes.join(', ');
}

export function DeriveNotes({ answer }: { answer: DeriveAnswerView }) {
  const { t } = useTranslation('statistics');
  const codes = useCodes();
  const words = useMeasureWords();
  const notes = [
    answer.droppedRegions.length > 0
      ? t('derive.notes.droppedRegions', {
          count: answer.droppedRegions.length,
          codes: codes(answer.droppedRegions),
        })
      : null,
    ...answer.notMeasured.map((note) =>
      t('derive.notes.notMeasured', {
        measure: words.measure(note.measure),
        count: note.industries.length,
        reason: words.reason(note.reason),
        codes: codes(note.industries),
      }),
    ),
    answer.leftOut.length > 0
      ? t('derive.notes.leftOut', { count: answer.leftOut.length, codes: codes(answer.leftOut) })
      : null,
  ].filter((note): note is string => note !== null);
  if (notes.length === 0) return null;
  return (
    <Alert color="yellow" title={t('derive.notes.title')} data-testid="derive-notes">
      <List size="sm">
        {notes.map((note) => (
          <List.Item key={note}>{note}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
