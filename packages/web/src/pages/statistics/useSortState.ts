// The sort of a table kept in the component (the statistics pages hold several tables at once):
// a column and a direction, flipped by a second click on the same column.

import { useState } from 'react';
import type { SortDirection } from './sortRows';

export function useSortState<Key extends string>(initial: Key, initialDir: SortDirection = 'desc') {
  const [sort, setSort] = useState<Key>(initial);
  const [dir, setDir] = useState<SortDirection>(initialDir);
  return {
    sort,
    dir,
    /** Sorts by `column`, first in `firstDir`; the same column again reverses the order. */
    toggle: (column: Key, firstDir: SortDirection = 'asc') => {
      if (column === sort) setDir(dir === 'asc' ? 'desc' : 'asc');
      else {
        setSort(column);
        setDir(firstDir);
      }
    },
  };
}
