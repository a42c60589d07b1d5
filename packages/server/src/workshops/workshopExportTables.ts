// A workshop for download: its rounds, items, results and ballots as four tables (snake_case
// headings). Ballots of anonymous rounds carry no name and are put in an order unrelated to who
// cast them or when.

import { type Ballot, votingResults, type WorkshopState } from '@kume/core';
import type { Cell, SheetTable } from '@kume/io';

export const WORKSHOP_EXPORT_TABLES = ['rounds', 'items', 'results', 'ballots'] as const;
export type WorkshopExportTable = (typeof WORKSHOP_EXPORT_TABLES)[number];

function roundsTable(state: WorkshopState): SheetTable {
  const rows = state.definition.rounds.map((definition): Cell[] => {
    const round = state.rounds[definition.id];
    const results = votingResults(state, definition.id);
    return [
      definition.id,
      definition.title.en || definition.title.tr,
      definition.kind,
      definition.voting?.method ?? null,
      definition.voting?.anonymous ?? null,
      round?.phase ?? null,
      round?.closed ?? null,
      round ? Object.keys(round.ballots).length : 0,
      results?.method === 'pairwise' ? results.consistencyRatio : null,
      round?.decision?.text ?? null,
      round?.decision?.chosenItemIds.join(' ') ?? null,
      round?.confirmedBy.length ?? 0,
    ];
  });
  return {
    name: 'rounds',
    headings: [
      'round_id',
      'title',
      'kind',
      'voting_method',
      'anonymous',
      'phase',
      'closed',
      'ballots',
      'consistency_ratio',
      'decision_text',
      'chosen_item_ids',
      'confirmed_by',
    ],
    rows,
  };
}

function itemsTable(state: WorkshopState): SheetTable {
  const rows = state.definition.rounds.flatMap(({ id }) =>
    (state.rounds[id]?.items ?? []).map((item): Cell[] => [
      id,
      item.id,
      item.text,
      item.categoryId,
      item.groupId,
      item.sourceItemId,
    ]),
  );
  return {
    name: 'items',
    headings: ['round_id', 'item_id', 'text', 'category_id', 'group_id', 'source_item_id'],
    rows,
  };
}

function resultsTable(state: WorkshopState): SheetTable {
  const rows = state.definition.rounds.flatMap(({ id }): Cell[][] => {
    const results = votingResults(state, id);
    if (!results) return [];
    return results.items.map((row, index): Cell[] => [
      id,
      results.method,
      index + 1,
      row.itemId,
      row.text,
      'total' in row ? row.total : null,
      'voters' in row ? row.voters : 'count' in row ? row.count : null,
      'mean' in row ? row.mean : null,
      'sd' in row ? row.sd : null,
      'normalisedSd' in row ? row.normalisedSd : null,
      'dissent' in row ? row.dissent : null,
      'score' in row ? row.score : null,
      'weight' in row ? row.weight : null,
    ]);
  });
  return {
    name: 'results',
    headings: [
      'round_id',
      'method',
      'position',
      'item_id',
      'text',
      'total',
      'voters',
      'mean',
      'sd',
      'normalised_sd',
      'dissent',
      'borda_score',
      'weight',
    ],
    rows,
  };
}

/** A ballot as rows of (item, other item, value): dots, points, ratings, rank places, judgements. */
function ballotCells(ballot: Ballot): [string, string | null, number][] {
  switch (ballot.method) {
    case 'dots':
      return Object.entries(ballot.dots).flatMap(([item, dots]) =>
        dots > 0 ? [[item, null, dots] as [string, null, number]] : [],
      );
    case 'points':
      return Object.entries(ballot.points).map(([item, points]) => [item, null, points]);
    case 'rating':
      return Object.entries(ballot.ratings).map(([item, rating]) => [item, null, rating]);
    case 'ranking':
      return ballot.ranking.map((item, place) => [item, null, place + 1]);
    case 'pairwise':
      return ballot.judgements.map(({ a, b, value }) => [a, b, value]);
  }
}

function ballotsTable(state: WorkshopState): SheetTable {
  const names = new Map(state.participants.map((p) => [p.id, p.name]));
  const rows = state.definition.rounds.flatMap((definition): Cell[][] => {
    const round = state.rounds[definition.id];
    if (!round || !definition.voting) return [];
    const anonymous = definition.voting.anonymous;
    const ballots = Object.values(round.ballots).map((stored) => ({
      stored,
      key: JSON.stringify(stored.ballot),
    }));
    // Anonymous: ordered by content, so neither the joining nor the voting order shows through.
    if (anonymous) ballots.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    return ballots.flatMap(({ stored }, index) => {
      const voter = anonymous
        ? `voter ${index + 1}`
        : (names.get(stored.participantId) ?? `participant ${index + 1}`);
      return ballotCells(stored.ballot).map(([item, other, value]): Cell[] => [
        definition.id,
        definition.voting?.method ?? null,
        voter,
        item,
        other,
        value,
      ]);
    });
  });
  return {
    name: 'ballots',
    headings: ['round_id', 'method', 'voter', 'item_id', 'other_item_id', 'value'],
    rows,
  };
}

/** The four tables of a workshop's export, in workbook order. */
export function workshopExportTables(
  state: WorkshopState,
): Record<WorkshopExportTable, SheetTable> {
  return {
    rounds: roundsTable(state),
    items: itemsTable(state),
    results: resultsTable(state),
    ballots: ballotsTable(state),
  };
}
