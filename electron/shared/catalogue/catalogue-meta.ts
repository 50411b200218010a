/** What the header and the about panel say about the catalogue as a whole. */
import type { LocalText } from '../i18n/lang';
import type { RecordKind } from './record';

/** A credit line for the about panel. */
export type Credit = { name: string; licence: LocalText; use: LocalText; attribution?: string };

/** Catalogue metadata for the header and the about panel. */
export type CatalogueMeta = {
  total: number;
  counts: Record<RecordKind, number>;
  importedOn: string;
  sourceHash: string;
  dataset: LocalText;
  knownGaps: { nl: string[]; en: string[] };
  programme: { figures: LocalText; source: LocalText };
  credits: Credit[];
};
