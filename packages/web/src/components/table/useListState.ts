// The state of a searchable, sortable, paginated list kept in the address (q, sort, dir, page,
// pageSize and filters), so a reload, the back button or a shared link shows the same list.

import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

export const PAGE_SIZES = [25, 50, 100] as const;
export type SortDirection = 'asc' | 'desc';

/** How long typing must pause before the search goes to the server, in milliseconds. */
const SEARCH_DELAY_MS = 250;

export interface ListStateOptions<Sort extends string> {
  sorts: readonly Sort[];
  defaultSort?: Sort;
  defaultDir?: SortDirection;
  defaultPageSize?: number;
}

/**
 * Reads and writes the list's search parameters. `searchText` is what the search box shows at
 * once; `q` follows it after a pause. Changing the search, a filter, the sort or the page size
 * goes back to page 1. Unknown or malformed values in the address fall back to the defaults.
 */
export function useListState<Sort extends string>(options: ListStateOptions<Sort>) {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const sortParam = params.get('sort');
  const sort = options.sorts.find((s) => s === sortParam) ?? options.defaultSort;
  const dir: SortDirection =
    params.get('dir') === 'desc'
      ? 'desc'
      : params.get('dir') === 'asc'
        ? 'asc'
        : (options.defaultDir ?? 'asc');
  const page = Math.max(1, Math.trunc(Number(params.get('page'))) || 1);
  const sizeParam = Number(params.get('pageSize'));
  const pageSize =
    PAGE_SIZES.find((s) => s === sizeParam) ?? options.defaultPageSize ?? PAGE_SIZES[0];

  const [searchText, setSearchText] = useState(q);
  // When the address changes from outside (back button, a link), the box follows it; a change
  // that came from the box itself leaves alone what the user has typed since.
  const [seenQ, setSeenQ] = useState(q);
  const [committedQ, setCommittedQ] = useState(q);
  if (q !== seenQ) {
    setSeenQ(q);
    if (q !== committedQ) {
      setCommittedQ(q);
      setSearchText(q);
    }
  }

  /** Sets (or with null/'' removes) parameters; everything but the page itself resets the page. */
  const update = (changes: Record<string, string | number | null>, replace = false) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace },
    );

  const commitSearch = useDebouncedCallback((text: string) => {
    setCommittedQ(text.trim());
    update({ q: text.trim() }, true);
  }, SEARCH_DELAY_MS);

  return {
    q,
    searchText,
    setSearch: (text: string) => {
      setSearchText(text);
      commitSearch(text);
    },
    sort,
    dir,
    /** Sorts by a column; the same column again flips the direction. */
    toggleSort: (column: Sort, firstDir: SortDirection = 'asc') =>
      update(
        column === sort
          ? { sort: column, dir: dir === 'asc' ? 'desc' : 'asc' }
          : { sort: column, dir: firstDir },
      ),
    page,
    setPage: (value: number) => update({ page: value > 1 ? value : null }),
    pageSize,
    setPageSize: (value: number) => update({ pageSize: value }),
    filter: (name: string) => params.get(name),
    setFilter: (name: string, value: string | null) => update({ [name]: value }),
  };
}

export type ListState<Sort extends string> = ReturnType<typeof useListState<Sort>>;
