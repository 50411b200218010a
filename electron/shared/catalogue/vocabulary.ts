/** The controlled vocabulary: technology themes, sectors and kinds of help, in Dutch and English. */
import { z } from 'zod';

export const VOCABULARY_LISTS = ['theme', 'sector', 'offer'] as const;
export type VocabularyList = (typeof VOCABULARY_LISTS)[number];

const term = z
  .string()
  .trim()
  .min(1)
  .refine((s) => s === s.toLowerCase(), 'synonyms are written in lower case');

/** One entry of data/vocabulary/{themes,sectors,offers}.json. */
export const vocabularyEntrySchema = z
  .object({
    code: z.string().regex(/^[a-z0-9_]+$/, 'must be a snake_case code'),
    nl: z.string().trim().min(1),
    en: z.string().trim().min(1),
    synonyms: z.object({ nl: z.array(term), en: z.array(term) }),
    related: z.array(z.string()).optional(),
  })
  .strict();

export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;

/** A vocabulary code qualified by its list, e.g. "theme:welding". */
export type ConceptId = `${VocabularyList}:${string}`;

/** data/vocabulary/tag-map.json: source tags onto concept ids, per tag field. */
export const tagMapSchema = z.object({
  themes: z.record(z.string(), z.array(z.string())),
  sectors: z.record(z.string(), z.array(z.string())),
  offers: z.record(z.string(), z.array(z.string())),
});
export type TagMap = z.infer<typeof tagMapSchema>;

export type Vocabulary = Record<VocabularyList, VocabularyEntry[]>;

/** Splits "theme:welding" into its list and code, or null when it is not of that form. */
export function parseConceptId(id: string): { list: VocabularyList; code: string } | null {
  const m = /^(theme|sector|offer):([a-z0-9_]+)$/.exec(id);
  return m ? { list: m[1] as VocabularyList, code: m[2] } : null;
}
