// Keeps this device's interviews flowing to the server: a sync on load, when the browser comes
// back online, every 30 s and shortly after each save; and the list of interviews with their state.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fromSurveyJsData, type Questionnaire } from '@kume/core';
import { api, projectPath } from '../../../api/client';
import { interviewPayload, type InterviewRecord } from './interviewRecord';
import { listInterviews, updateInterview } from './interviewStore';
import { InterviewSyncQueue, type SyncOutcome } from './syncInterviews';

const SYNC_EVERY_MS = 30_000;
const SYNC_AFTER_SAVE_MS = 2_000;

export function useInterviewSync(
  slug: string,
  questionnaireId: string,
  definition: Questionnaire | undefined,
) {
  const [records, setRecords] = useState<InterviewRecord[]>([]);
  const [storageError, setStorageError] = useState<unknown>(null);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [outcome, setOutcome] = useState<SyncOutcome | null>(null);
  const [syncing, setSyncing] = useState(false);
  const afterSave = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refresh = useCallback(
    () => listInterviews(slug, questionnaireId).then(setRecords, setStorageError),
    [slug, questionnaireId],
  );

  const queue = useMemo(
    () =>
      definition
        ? new InterviewSyncQueue(
            {
              list: () => listInterviews(slug, questionnaireId),
              send: (record) =>
                api.post(
                  projectPath(slug, `/questionnaires/${questionnaireId}/interview-responses`),
                  interviewPayload(record, fromSurveyJsData(definition, record.data)),
                ),
              update: updateInterview,
              now: () => new Date(),
            },
            (next) => {
              setOutcome(next);
              void refresh();
            },
            setSyncing,
          )
        : null,
    [slug, questionnaireId, definition, refresh],
  );

  /** Syncs now; a storage failure (IndexedDB refused) is shown, never thrown. */
  const syncNow = useCallback(() => {
    void queue?.run().catch(setStorageError);
  }, [queue]);

  /** After a save: the list shows it now, the server gets it after a short pause. */
  const saved = useCallback(() => {
    void refresh();
    if (afterSave.current) clearTimeout(afterSave.current);
    afterSave.current = setTimeout(syncNow, SYNC_AFTER_SAVE_MS);
  }, [refresh, syncNow]);

  useEffect(() => {
    void listInterviews(slug, questionnaireId).then(setRecords, setStorageError);
  }, [slug, questionnaireId]);

  useEffect(() => {
    if (!queue) return;
    const run = () => void queue.run().catch(setStorageError);
    run();
    const wentOnline = () => {
      setOnline(true);
      run();
    };
    const wentOffline = () => setOnline(false);
    window.addEventListener('online', wentOnline);
    window.addEventListener('offline', wentOffline);
    const timer = setInterval(run, SYNC_EVERY_MS);
    return () => {
      window.removeEventListener('online', wentOnline);
      window.removeEventListener('offline', wentOffline);
      clearInterval(timer);
      if (afterSave.current) clearTimeout(afterSave.current);
    };
  }, [queue]);

  // The server being unreachable counts as offline even when the browser thinks it is online.
  const reachable = online && outcome?.kind !== 'offline';
  return { records, storageError, online: reachable, outcome, syncing, syncNow, saved };
}
