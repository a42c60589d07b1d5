// Interview mode's storage in the browser (IndexedDB through `idb`): the interviews of this
// device, and the copy of the questionnaire and registry that lets the page work offline.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { InterviewRecord } from './interviewRecord';

interface InterviewModeDb extends DBSchema {
  interviews: {
    key: string;
    value: InterviewRecord;
    indexes: { byQuestionnaire: [string, string] };
  };
  /** What the page loaded from the server last, by `cacheKey`. */
  cache: { key: string; value: { savedAt: string; value: unknown } };
}

let database: Promise<IDBPDatabase<InterviewModeDb>> | null = null;

function db(): Promise<IDBPDatabase<InterviewModeDb>> {
  database ??= openDB<InterviewModeDb>('kume-interview-mode', 1, {
    upgrade(upgrading) {
      const interviews = upgrading.createObjectStore('interviews', { keyPath: 'id' });
      interviews.createIndex('byQuestionnaire', ['projectSlug', 'questionnaireId']);
      upgrading.createObjectStore('cache');
    },
  }).catch((error: unknown) => {
    database = null; // a later call may succeed (the user allowed storage)
    throw error;
  });
  return database;
}

export async function saveInterview(record: InterviewRecord): Promise<void> {
  await (await db()).put('interviews', record);
}

export async function getInterview(id: string): Promise<InterviewRecord | undefined> {
  return (await db()).get('interviews', id);
}

/** This device's interviews of one questionnaire, newest change first. */
export async function listInterviews(
  projectSlug: string,
  questionnaireId: string,
): Promise<InterviewRecord[]> {
  const records = await (
    await db()
  ).getAllFromIndex('interviews', 'byQuestionnaire', [projectSlug, questionnaireId]);
  return records.sort((a, b) =>
    a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0,
  );
}

/** Rewrites a record from its stored state in one transaction (no lost update between tabs). */
export async function updateInterview(
  id: string,
  change: (current: InterviewRecord) => InterviewRecord,
): Promise<void> {
  const tx = (await db()).transaction('interviews', 'readwrite');
  const current = await tx.store.get(id);
  if (current) await tx.store.put(change(current));
  await tx.done;
}

export const cacheKey = {
  questionnaire: (slug: string, id: string) => `questionnaire:${slug}:${id}`,
  organisations: (slug: string) => `organisations:${slug}`,
};

export async function readCache<T>(key: string): Promise<T | undefined> {
  const entry = await (await db()).get('cache', key);
  return entry?.value as T | undefined;
}

export async function writeCache(key: string, value: unknown, now: Date): Promise<void> {
  await (await db()).put('cache', { savedAt: now.toISOString(), value }, key);
}
