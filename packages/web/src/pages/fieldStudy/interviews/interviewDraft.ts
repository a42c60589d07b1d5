// The interview form's state and the API body made from it: kind, date, title, facilitator,
// participants, notes and tagged quotes.

import type { InterviewView } from '../types';
import {
  participantsFromDraft,
  participantsToDraft,
  type ParticipantInput,
  type ParticipantsDraft,
} from './participantsDraft';

export type InterviewKind = InterviewView['kind'];

export interface QuoteDraft {
  /** A key for the list while editing (quotes have no id before they are saved). */
  key: string;
  text: string;
  tags: string[];
  organisationId: string | null;
}

export interface InterviewDraft {
  kind: InterviewKind;
  heldOn: string;
  title: string;
  notes: string;
  facilitatorId: string | null;
  participants: ParticipantsDraft;
  quotes: QuoteDraft[];
}

export interface InterviewInput {
  kind: InterviewKind;
  heldOn: string;
  title: string;
  notes: string;
  facilitatorId?: string;
  participants: ParticipantInput[];
  quotes: { text: string; tags: string[]; organisationId?: string }[];
}

let nextKey = 0;
export const newQuoteKey = () => `quote-${(nextKey += 1)}`;

export function emptyDraft(
  kind: InterviewKind,
  heldOn: string,
  facilitatorId: string | null,
): InterviewDraft {
  return {
    kind,
    heldOn,
    title: '',
    notes: '',
    facilitatorId,
    participants: { organisationIds: [], contactIds: [], namedPeople: [], names: [] },
    quotes: [],
  };
}

export function draftOf(interview: InterviewView): InterviewDraft {
  return {
    kind: interview.kind,
    heldOn: interview.heldOn,
    title: interview.title,
    notes: interview.notes,
    facilitatorId: interview.facilitatorId,
    participants: participantsToDraft(interview.participants),
    quotes: interview.quotes.map((quote) => ({
      key: quote.id,
      text: quote.text,
      tags: quote.tags,
      organisationId: quote.organisationId,
    })),
  };
}

/** Tags trimmed, without a leading #, once each (case-insensitive, Turkish casing). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').trim();
    const key = tag.toLocaleLowerCase('tr-TR');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/** The API body: trimmed texts, quotes without text dropped, tags cleaned. */
export function interviewInput(
  draft: InterviewDraft,
  organisationOfContact: (contactId: string) => string | undefined,
): InterviewInput {
  return {
    kind: draft.kind,
    heldOn: draft.heldOn,
    title: draft.title.trim(),
    notes: draft.notes.trim(),
    ...(draft.facilitatorId ? { facilitatorId: draft.facilitatorId } : {}),
    participants: participantsFromDraft(draft.participants, organisationOfContact),
    quotes: draft.quotes
      .filter((quote) => quote.text.trim())
      .map((quote) => ({
        text: quote.text.trim(),
        tags: cleanTags(quote.tags),
        ...(quote.organisationId ? { organisationId: quote.organisationId } : {}),
      })),
  };
}
