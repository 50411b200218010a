/**
 * Word forms in Dutch and English: Snowball stems (snowball-stemmers), whether a word is a real word
 * (the OpenTaal and SCOWL word lists in data/lexicon/), and Dutch compounds split into known words
 * ("verpakkingslijn" → verpakking + lijn, "spuitgietonderdelen" → spuitgiet + onderdelen).
 */
import * as snowballModule from 'snowball-stemmers';
import type { Lang } from '../i18n/lang';

type Snowball = typeof snowballModule.default;
/** The package is UMD with an __esModule flag: bundlers and Node's ESM loader put its API in different places. */
const snowball: Snowball =
  'newStemmer' in snowballModule ? (snowballModule as unknown as Snowball) : snowballModule.default;

export type Stemmer = (word: string) => string;

const stemmers = new Map<Lang, Stemmer>();
// The same words come back all the time (records, compound parts, queries): stem each once.
const stemCaches = new Map<Lang, Map<string, string>>();
const MAX_CACHED = 200_000;

function stemCache(lang: Lang): Map<string, string> {
  let cache = stemCaches.get(lang);
  if (!cache) stemCaches.set(lang, (cache = new Map()));
  return cache;
}

/** The Snowball stemmer of a language, made once. */
export function stemmerFor(lang: Lang): Stemmer {
  let stem = stemmers.get(lang);
  if (!stem) {
    const s = snowball.newStemmer(lang === 'nl' ? 'dutch' : 'english');
    // Snowball's Dutch undoubles only kk, dd and tt: "brandstoffen" would stem to "brandstoff", never
    // meeting "brandstof". Every doubled final consonant is undoubled, in the index and the queries alike.
    const finish = lang === 'nl' ? (t: string) => t.replace(/([b-df-hj-np-tv-z])\1$/, '$1') : (t: string) => t;
    const cache = stemCache(lang);
    stem = (word) => {
      let stemmed = cache.get(word);
      if (stemmed === undefined) {
        stemmed = finish(s.stem(word));
        if (cache.size > MAX_CACHED) cache.clear();
        cache.set(word, stemmed);
      }
      return stemmed;
    };
    stemmers.set(lang, stem);
  }
  return stem;
}

/** Every word stemmed so far in this process, as [word, stem] pairs: a short-lived process can keep them. */
export function stemsSoFar(lang: Lang): [string, string][] {
  return [...stemCache(lang)];
}

/** Stems kept by an earlier run of the same code (stemsSoFar), so they need not be computed again. */
export function rememberStems(lang: Lang, pairs: [string, string][]): void {
  const cache = stemCache(lang);
  for (const [word, stem] of pairs.slice(0, MAX_CACHED - cache.size)) cache.set(word, stem);
}

/**
 * A Dutch weak past participle: an optional separable particle, ge- (or a prefix that takes none: be-,
 * ver-, ont-, her-, er-), the verb's stem and -d or -t: op|ge|leid, ge|lamineer|d, ver|pak|t.
 */
const PARTICIPLE =
  /^(aan|af|bij|door|in|mee|na|om|op|over|samen|terug|toe|uit|voor|weg)?(ge|be|ver|ont|her|er)([a-z]{2,})([dt])$/;

/** Dutch glue between the parts of a compound: verpakking-s-lijn, zonn-e-panelen, boek-en-kast. */
const LINKERS = ['s', 'e', 'en'];
const MIN_PART = 3;
const MAX_PARTS = 3;

/** Three-letter parts are rare in real compounds (las|robot); in a split of a typo they abound (ins|pek|tie). */
function plausible(parts: string[]): boolean {
  const short = parts.filter((p) => p.length <= MIN_PART).length;
  return parts.length <= MAX_PARTS && (parts.length === 2 ? short <= 1 : short === 0);
}

/** A word list with stems; build once from data/lexicon/words.txt. */
export class Lexicon {
  private readonly words: ReadonlySet<string>;
  private readonly nl = stemmerFor('nl');
  private readonly en = stemmerFor('en');
  private readonly known = new Map<string, boolean>();

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
  }

  get size(): number {
    return this.words.size;
  }

  /** True for a real Dutch or English word, also inflected ("opties", "onderdelen", "knowing"). */
  isWord(word: string): boolean {
    let known = this.known.get(word);
    if (known === undefined) {
      known = this.lookUp(word);
      this.known.set(word, known);
    }
    return known;
  }

  private lookUp(w: string): boolean {
    if (w.length < 2) return false;
    const has = (x: string) => x.length >= 2 && this.words.has(x);
    if (has(w) || has(this.nl(w)) || has(this.en(w))) return true;
    // Plurals and inflections the stemmers leave alone: optie-s, machine-s, auto's, lass-ers, and the
    // Dutch doubled consonant of stof-fen, cel-len.
    for (const ending of ['s', 'en', 'n', 'e', 'er', 'ers', 'es', 'ing', 'ed']) {
      if (w.length - ending.length < 3 || !w.endsWith(ending)) continue;
      const base = w.slice(0, -ending.length);
      // A bare -n follows a vowel only (ziekte-n, auto-n): "kostn" is a typo, no form of "kost".
      if (ending === 'n' && !/[aeiou]$/.test(base)) continue;
      if (has(base) || (/([b-df-hj-np-tv-z])\1$/.test(base) && has(base.slice(0, -1)))) return true;
      // The voiced plural of a word ending in f or s, its long vowel written once: druif → druiven, huis →
      // huizen, staaf → staven; not when the plural is written with s or f ("walzen" is a slip for walsen,
      // "fietzen" for fietsen).
      if (ending === 'en' && /[vz]$/.test(base)) {
        const unvoiced = base.slice(0, -1) + (base.endsWith('v') ? 'f' : 's');
        const voicedPlural = has(unvoiced) || has(unvoiced.replace(/([aeou])(?=[fs]$)/, '$1$1'));
        if (voicedPlural && !has(`${unvoiced}en`)) return true;
      }
    }
    return false;
  }

  /**
   * The infinitive of a Dutch past participle, when it is a word of the list: "gelamineerd" →
   * lamineren, "geprint" → printen, "gelast" → lassen, "opgeleid" → opleiden, "verpakt" → verpakken.
   * Only weak verbs (ending in -d or -t); null for anything else. A noun that looks like a participle
   * may get a verb too ("gebied" → bieden): the concept matcher uses the verb only when it is a term.
   */
  infinitiveOf(word: string): string | null {
    const m = PARTICIPLE.exec(word);
    if (!m) return null;
    const [, particle = '', prefix, body, ending] = m;
    // A stem that ends in d or t takes no second one (geprint, opgeleid): try it with and without.
    const candidates: string[] = [];
    for (const stem of body.length >= 3 ? [body, body + ending] : [body + ending]) {
      // Dutch spelling: a short vowel doubles the consonant after it (las → lassen, not "lasen"), a final s
      // or f is voiced (frees → frezen, verf → verven), and a long vowel is written single before -en
      // (lamineer → lamineren).
      if (/[^aeiou][aeiou][b-df-hj-np-tv-z]$/.test(stem)) candidates.push(stem + stem.slice(-1));
      const single = stem.replace(/([aeou])\1([b-df-hj-np-tv-z])$/, '$1$2');
      const voiced = (x: string) => x.replace(/s$/, 'z').replace(/f$/, 'v');
      if (single !== stem) candidates.push(voiced(single));
      candidates.push(stem, single, voiced(stem));
    }
    const verbPrefix = prefix === 'ge' ? '' : prefix;
    for (const stem of new Set(candidates)) {
      const verb = `${verbPrefix}${stem}en`;
      // The word list holds few separable verbs as one word: "aanpassen" is aan + passen.
      if (this.words.has(particle + verb) || (particle && this.words.has(verb))) return particle + verb;
    }
    return null;
  }

  /**
   * A part of a compound: a word of the list as it stands, or a longer one by its Dutch stem (no guessed
   * endings); the last part, the head that carries the inflection, also inflected (brandstof|fen, cel|len).
   */
  private isPart(part: string, last: boolean): boolean {
    if (this.words.has(part) || (part.length >= 5 && this.words.has(this.nl(part)))) return true;
    return last && part.length >= 5 && this.isWord(part);
  }

  /**
   * The parts of a Dutch compound, each a known word, the linking s/e/en dropped, or null when the word
   * is not one. Of the possible splits the fewest parts win, then the one with most parts that are words
   * as they stand (kleur|stoffen, not kleurs|toffen), then the one whose shortest part is longest
   * (energie|kosten, not energiek|osten), then the longest last part (the head of a Dutch compound).
   */
  splitCompound(word: string): string[] | null {
    if (word.length < 2 * MIN_PART) return null;
    const best = this.split(word, 0, new Map());
    return best && best.length > 1 ? best : null;
  }

  private split(word: string, from: number, memo: Map<number, string[] | null>): string[] | null {
    if (memo.has(from)) return memo.get(from)!;
    let best: string[] | null = null;
    const better = (a: string[], b: string[] | null) => {
      if (!b) return true;
      if (a.length !== b.length) return a.length < b.length;
      // Parts that are words as they stand beat parts known only by a stem: kleur|stoffen, not kleurs|toffen.
      const exact = (x: string[]) => x.filter((p) => this.words.has(p)).length;
      if (exact(a) !== exact(b)) return exact(a) > exact(b);
      const shortest = (x: string[]) => Math.min(...x.map((p) => p.length));
      if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b);
      return a[a.length - 1].length > b[b.length - 1].length;
    };
    for (let end = word.length; end - from >= MIN_PART; end--) {
      const part = word.slice(from, end);
      if (!this.isPart(part, end === word.length)) continue;
      if (end === word.length) {
        if (better([part], best)) best = [part];
        continue;
      }
      for (const glue of ['', ...LINKERS]) {
        if (!word.startsWith(glue, end)) continue;
        const rest = this.split(word, end + glue.length, memo);
        const parts = rest && [part, ...rest];
        if (parts && plausible(parts) && better(parts, best)) best = parts;
      }
    }
    memo.set(from, best);
    return best;
  }
}
