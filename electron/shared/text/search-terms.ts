/**
 * The terms a text is indexed and searched by: each word's Snowball stem, and for a Dutch compound
 * also the stems of its parts, so that "verpakkingslijnen" finds a text about a "verpakkingslijn" and
 * "lassers" one about "lassen". The full-text index and its queries use the same function.
 */
import type { Lang } from '../i18n/lang';
import { tokenise } from './normalise';
import { STOPWORDS } from './stopwords';
import { stemmerFor, type Lexicon } from './word-forms';

/** A word's stem and, for a Dutch compound, the stems of its parts. */
export function wordTerms(word: string, lang: Lang, lexicon?: Lexicon): { stem: string; parts: string[] } {
  const stem = stemmerFor(lang);
  const parts =
    lang === 'nl' && lexicon && word.length >= 7 && !lexicon.isWord(word) ? (lexicon.splitCompound(word) ?? []) : [];
  return { stem: stem(word), parts: parts.map((p) => stem(p)).filter((t) => t.length >= 2) };
}

/** The search terms of one word, in one language: its stem and its compound parts' stems. */
export function termsOfWord(word: string, lang: Lang, lexicon?: Lexicon): string[] {
  const { stem, parts } = wordTerms(word, lang, lexicon);
  return [...new Set([stem, ...parts].filter((t) => t.length >= 2))];
}

/** The search terms of a text, in one language, stop words left out. */
export function searchTerms(text: string, lang: Lang, lexicon?: Lexicon): string[] {
  return tokenise(text)
    .filter((w) => !STOPWORDS.has(w))
    .flatMap((w) => termsOfWord(w, lang, lexicon));
}
