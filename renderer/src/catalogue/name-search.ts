/** Finding a record by (part of) its name, its short name or its town, typos allowed: one search for the find dialog and the shortlist's add-by-name. */
import Fuse from 'fuse.js';
import { useMemo } from 'react';
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';

/** The records whose name, short name or town is like `text`, best first; none for an empty text. */
export type NameSearch = (text: string, limit: number) => RecordSummary[];

export function useNameSearch(records: RecordSummary[]): NameSearch {
  return useMemo(() => {
    const fuse = new Fuse(records, { keys: ['name', 'shortName', 'city'], threshold: 0.35, ignoreLocation: true });
    return (text, limit) => {
      const typed = text.trim();
      return typed ? fuse.search(typed, { limit }).map((r) => r.item) : [];
    };
  }, [records]);
}
