// Search, sort and pagination of a list, with Turkish-aware matching and ordering.

import { compareText } from '../text/compareText';
import { matchesSearch } from '../text/foldForSearch';

export interface ListQuery<SortKey extends string> {
  q?: string | undefined;
  sort?: SortKey | undefined;
  dir?: 'asc' | 'desc' | undefined;
  /** 1-based. */
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface ListPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ListSpec<T, SortKey extends string> {
  searchText: (item: T) => readonly (string | null | undefined)[];
  sortValue: Record<SortKey, (item: T) => string | number | null | undefined>;
  defaultSort: SortKey;
  locale: string;
}

function compareValues(
  locale: string,
  a: string | number | null | undefined,
  b: string | number | null | undefined,
) {
  if (typeof a === 'number' || typeof b === 'number') {
    if (a == null) return b == null ? 0 : 1;
    if (b == null) return -1;
    return Number(a) - Number(b);
  }
  return compareText(locale, a, b);
}

/** Filters by every word of `q`, sorts (missing values last in both directions) and cuts one page. */
export function queryList<T, SortKey extends string>(
  items: readonly T[],
  query: ListQuery<SortKey>,
  spec: ListSpec<T, SortKey>,
): ListPage<T> {
  const pageSize = Math.max(Math.trunc(query.pageSize ?? 25), 1);
  const matching = query.q
    ? items.filter((item) => matchesSearch(query.q ?? '', spec.searchText(item)))
    : [...items];
  const key = spec.sortValue[query.sort ?? spec.defaultSort] ?? spec.sortValue[spec.defaultSort];
  const direction = query.dir === 'desc' ? -1 : 1;
  matching.sort((x, y) => {
    const a = key(x);
    const b = key(y);
    const aMissing = a == null || a === '';
    const bMissing = b == null || b === '';
    if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
    return direction * compareValues(spec.locale, a, b);
  });
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(Math.max(Math.trunc(query.page ?? 1), 1), pageCount);
  return {
    items: matching.slice((page - 1) * pageSize, page * pageSize),
    total: matching.length,
    page,
    pageSize,
  };
}
