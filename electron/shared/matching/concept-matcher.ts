/**
 * Finds vocabulary concepts in what a user types: exact words and phrases first, then Dutch
 * compounds ("verpakkingsrobot" holds "robot"), then typo-tolerant matching with fuse.js against
 * the small list of vocabulary terms, never against the records themselves.
 */
import Fuse from 'fuse.js';
import type { ConceptId, Vocabulary, VocabularyList } from '../catalogue/vocabulary';
import { editDistance } from '../text/edit-distance';
import { normaliseText, tokenise } from '../text/normalise';
import { STOPWORDS } from '../text/stopwords';

/** One concept found in the user's text, with the words it came from. */
export type ConceptHit = {
  concept: ConceptId;
  /** The user's words as typed (normalised), e.g. "maintanence". */
  words: string;
  /** The vocabulary term they matched, e.g. "maintenance". */
  term: string;
  /** How it was found. A typo correction shows as words → term. */
  how: 'exact' | 'compound' | 'typo';
};

type Term = { term: string; concepts: ConceptId[] };

const MAX_PHRASE = 4;
const FUZZY_THRESHOLD = 0.3;
const MAX_LENGTH_CHANGE = 3;

/** Matches text against the vocabulary; build once, use for every query. */
export class ConceptMatcher {
  private readonly exact = new Map<string, ConceptId[]>();
  private readonly singleWords: Term[] = [];
  private readonly fuzzyTerms: Term[];
  /** Fuse indexes by phrase length: a typo changes the length by a few letters at most. */
  private readonly fuseByLength = new Map<number, Fuse<Term>>();

  constructor(vocabulary: Vocabulary) {
    for (const list of ['theme', 'sector', 'offer'] as VocabularyList[]) {
      for (const entry of vocabulary[list]) {
        const id = `${list}:${entry.code}` as ConceptId;
        for (const raw of [
          entry.nl,
          entry.en,
          ...entry.synonyms.nl,
          ...entry.synonyms.en,
          entry.code.replace(/_/g, ' '),
        ]) {
          const term = normaliseText(raw);
          if (!term || term.split(' ').length > MAX_PHRASE) continue;
          const ids = this.exact.get(term) ?? [];
          if (!ids.includes(id)) ids.push(id);
          this.exact.set(term, ids);
        }
      }
    }
    const terms = [...this.exact].map(([term, concepts]) => ({ term, concepts }));
    for (const t of terms) if (!t.term.includes(' ') && t.term.length >= 4) this.singleWords.push(t);
    this.singleWords.sort((a, b) => b.term.length - a.term.length);
    this.fuzzyTerms = terms.filter((t) => t.term.length >= 4);
  }

  /** All concepts in `text`, optionally only from some lists, each once, in the order found. */
  match(text: string, lists?: readonly VocabularyList[]): { hits: ConceptHit[]; unmatched: string[] } {
    const tokens = tokenise(text);
    const used = new Array<boolean>(tokens.length).fill(false);
    const hits: ConceptHit[] = [];
    const allowed = (id: ConceptId) => !lists || lists.some((l) => id.startsWith(`${l}:`));
    const add = (ids: ConceptId[], words: string, term: string, how: ConceptHit['how']) => {
      for (const concept of ids.filter(allowed)) {
        if (!hits.some((h) => h.concept === concept)) hits.push({ concept, words, term, how });
      }
    };
    const lookup = (phrase: string): [string, ConceptId[]] | null => {
      for (const candidate of [phrase, phrase.replace(/(en|s)$/, '')]) {
        const ids = this.exact.get(candidate)?.filter(allowed);
        if (ids?.length) return [candidate, ids];
      }
      return null;
    };

    const exactPass = (n: number) => {
      for (let i = 0; i + n <= tokens.length; i++) {
        if (used.slice(i, i + n).some(Boolean)) continue;
        const phrase = tokens.slice(i, i + n).join(' ');
        if (n === 1 && STOPWORDS.has(phrase)) continue;
        const found = lookup(phrase);
        if (found) {
          add(found[1], phrase, found[0], 'exact');
          used.fill(true, i, i + n);
        }
      }
    };
    const typoPass = (n: number) => {
      for (let i = 0; i + n <= tokens.length; i++) {
        if (used.slice(i, i + n).some(Boolean)) continue;
        const words = tokens.slice(i, i + n);
        if (words.some((w) => STOPWORDS.has(w) || w.length < 4)) continue;
        const phrase = words.join(' ');
        const best = this.closestTerm(phrase, n, allowed);
        if (best) {
          add(best.concepts, phrase, best.term, 'typo');
          used.fill(true, i, i + n);
        }
      }
    };
    // Exact phrases first, longest first; then misspelt pairs ("predictiv maintanence"), so that
    // one correct word of a misspelt phrase does not claim it; then single words.
    for (let n = MAX_PHRASE; n >= 2; n--) exactPass(n);
    typoPass(2);
    exactPass(1);
    // Dutch compounds: a known word at the start or end of a longer word.
    tokens.forEach((token, i) => {
      if (used[i] || token.length < 7) return;
      const part = this.singleWords.find(
        (t) =>
          t.term.length >= 5 &&
          token.length - t.term.length >= 3 &&
          (token.endsWith(t.term) || token.startsWith(t.term)) &&
          t.concepts.some(allowed),
      );
      if (part) {
        add(part.concepts, token, part.term, 'compound');
        used[i] = true;
      }
    });
    typoPass(1);
    const unmatched = tokens.filter((t, i) => !used[i] && !STOPWORDS.has(t) && t.length >= 3);
    return { hits, unmatched };
  }

  private fuseFor(length: number): Fuse<Term> {
    let fuse = this.fuseByLength.get(length);
    if (!fuse) {
      const near = this.fuzzyTerms.filter((t) => Math.abs(t.term.length - length) <= MAX_LENGTH_CHANGE);
      fuse = new Fuse(near, {
        keys: ['term'],
        includeScore: true,
        ignoreLocation: true,
        threshold: FUZZY_THRESHOLD,
        minMatchCharLength: 3,
      });
      this.fuseByLength.set(length, fuse);
    }
    return fuse;
  }

  /** Fuse finds candidate terms; the one with the fewest edits wins, and only a near miss counts. */
  private closestTerm(phrase: string, words: number, allowed: (id: ConceptId) => boolean): Term | null {
    const maxEdits = Math.max(1, Math.floor(phrase.length / 5));
    let best: Term | null = null;
    let bestEdits = maxEdits + 1;
    for (const { item } of this.fuseFor(phrase.length).search(phrase, { limit: 8 })) {
      if (item.term.split(' ').length !== words || !item.concepts.some(allowed)) continue;
      const edits = editDistance(phrase, item.term);
      if (edits < bestEdits) [best, bestEdits] = [item, edits];
    }
    return best;
  }
}
