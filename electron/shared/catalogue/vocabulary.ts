/**
 * The controlled vocabulary, in Dutch and English: technology themes (with broader themes, so a
 * specific subject still finds the general lab), sectors (the SBI 2008 divisions every Dutch company
 * has from its KvK registration), kinds of help, and the needs owners describe ("machines vallen uit"),
 * each leading to the themes and kinds of help that address it.
 */
import type { z } from 'zod';
import type { tagMapSchema, vocabularyEntrySchema } from './vocabulary-schema';

export const VOCABULARY_LISTS = ['theme', 'sector', 'offer', 'need'] as const;
export type VocabularyList = (typeof VOCABULARY_LISTS)[number];

/** One entry of data/vocabulary/{themes,sectors,offers,needs}.json (schema: ./vocabulary-schema.ts). */
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;

/** A vocabulary code qualified by its list, e.g. "theme:welding". */
export type ConceptId = `${VocabularyList}:${string}`;

export type TagMap = z.infer<typeof tagMapSchema>;

export type Vocabulary = Record<VocabularyList, VocabularyEntry[]>;

/** An empty vocabulary, to fill list by list. */
export function emptyVocabulary(): Vocabulary {
  return { theme: [], sector: [], offer: [], need: [] };
}

const CONCEPT_ID = new RegExp(`^(${VOCABULARY_LISTS.join('|')}):([a-z0-9_]+)$`);

/** Splits "theme:welding" into its list and code, or null when it is not of that form. */
export function parseConceptId(id: string): { list: VocabularyList; code: string } | null {
  const m = CONCEPT_ID.exec(id);
  return m ? { list: m[1] as VocabularyList, code: m[2] } : null;
}

/** One concept's label in a language, for the screen, the command line and the reports. */
export type LabelOf = (concept: ConceptId, lang: 'nl' | 'en') => string;

/** The label function of a vocabulary: a concept's name in a language, its id when unknown. */
export function labelOf(vocabulary: Vocabulary): LabelOf {
  const labels = new Map<string, { nl: string; en: string }>();
  for (const list of VOCABULARY_LISTS) for (const e of vocabulary[list]) labels.set(`${list}:${e.code}`, e);
  return (concept, lang) => labels.get(concept)?.[lang] ?? concept;
}
