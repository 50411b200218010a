/**
 * Sectors to suggest when the sector text is not recognised ("wij maken tuinhekken"): the SBI
 * sectors whose names or synonyms share the most letter groups with a typed word ("metaal" for
 * "metaalbewerker", "gieterij" for "gietijzer"). A suggestion, never a reading: the user chooses.
 */
import type { VocabularyEntry } from '../catalogue/vocabulary';
import { tokenise } from '../text/normalise';
import { STOPWORDS } from '../text/stopwords';

/** Below this similarity a sector is no suggestion. */
const MIN_SIMILARITY = 0.25;
const MIN_WORD = 4;

function trigrams(word: string): Set<string> {
  const padded = ` ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** The length of the longest run of letters two words share ("tuinhekken", "hekwerk": 3). */
function sharedRun(a: string, b: string): number {
  let best = 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = b.length; j >= 1; j--) {
      row[j] = a[i - 1] === b[j - 1] ? row[j - 1] + 1 : 0;
      best = Math.max(best, row[j]);
    }
  }
  return best;
}

/**
 * How alike two words are, 0..1: shared letter triples (Dice), counted only when the words share a
 * run of at least four letters (a word stem, not a chance "en"); 1 when the typed word ends in the term ("tuinhekwerk").
 */
function similarity(typed: string, term: string): number {
  if (term.length > MIN_WORD && typed.endsWith(term)) return 1;
  const [a, b] = [typed, term];
  if (sharedRun(a, b) < MIN_WORD) return 0;
  const ga = trigrams(a);
  const gb = trigrams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/** Up to `limit` sectors that a typed sector text may have meant, most alike first. */
export function suggestSectors(text: string, sectors: readonly VocabularyEntry[], limit = 3): VocabularyEntry[] {
  const words = tokenise(text).filter((w) => w.length >= MIN_WORD && !STOPWORDS.has(w));
  if (words.length === 0) return [];
  const scored = sectors.map((entry) => {
    const terms = [entry.nl, entry.en, ...entry.synonyms.nl, ...entry.synonyms.en].flatMap((t) =>
      tokenise(t).filter((w) => w.length >= MIN_WORD),
    );
    let best = 0;
    for (const w of words) for (const t of terms) best = Math.max(best, similarity(w, t));
    return { entry, best };
  });
  return scored
    .filter((s) => s.best >= MIN_SIMILARITY)
    .sort((a, b) => b.best - a.best)
    .slice(0, limit)
    .map((s) => s.entry);
}
