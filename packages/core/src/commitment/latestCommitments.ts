// The current commitment of each organisation: its latest assessment (earlier ones are history).

import type { IsoDate } from '../brand';

export interface CommitmentRecord {
  organisationId: string;
  willingness: number;
  influence: number;
  assessedOn: IsoDate;
  /** Tie-break for two assessments on the same day: the later recorded wins. */
  recordedAt: string;
}

/** Latest assessment per organisation, by assessment day, then by when it was recorded. */
export function latestCommitments<T extends CommitmentRecord>(
  records: readonly T[],
): Map<string, T> {
  const latest = new Map<string, T>();
  for (const record of records) {
    const current = latest.get(record.organisationId);
    if (
      !current ||
      record.assessedOn > current.assessedOn ||
      (record.assessedOn === current.assessedOn && record.recordedAt > current.recordedAt)
    ) {
      latest.set(record.organisationId, record);
    }
  }
  return latest;
}
