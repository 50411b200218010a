/**
 * Finds vocabulary concepts in what a user types, Dutch or English, in this order:
 * 0. a text that is exactly one label or official SBI title ("Printing and reproduction of recorded media");
 * 1. phrases as they stand or by their Snowball stems ("onderhoud", "lasrobots", "staat stil"), with a
 *    few words in between ("staat vaak stil", "vallen onverwacht uit"), and Dutch separable verbs
 *    joined when that makes a real word ("we werken samen" → samenwerken); longer phrases first;
 * 2. SBI codes in a sector ("25.62" is division 25);
 * 3. Dutch compounds: a vocabulary word at the start or end of a longer word ("verpakkingsrobot");
 * 4. typos, with fuse.js over the small list of vocabulary terms, only for words that are no real
 *    Dutch or English word nor a compound of real words: "opties" is never read as optics;
 * 5. Dutch compounds split into real words with the word list ("verpakkingslijn" → verpakking + lijn).
 */
import Fuse from 'fuse.js';
import { VOCABULARY_LISTS, type ConceptId, type Vocabulary, type VocabularyList } from '../catalogue/vocabulary';
import { editDistance } from '../text/edit-distance';
import { tokeniseClauses, normaliseText } from '../text/normalise';
import { closesSeparableVerb, expandContractions, isParticle } from '../text/dutch-sentences';
import { FALSE_FRIENDS } from '../text/false-friends';
import { NO_SUBJECT, STOPWORDS } from '../text/stopwords';
import { stemmerFor, type Lexicon } from '../text/word-forms';

/** One concept found in the user's text, with the words it came from. */
export type ConceptHit = {
  concept: ConceptId;
  /** The user's words as typed (normalised), e.g. "staat vaak stil" or "maintanence". */
  words: string;
  /** The vocabulary term they matched, e.g. "staat stil" or "maintenance". */
  term: string;
  /** How it was found; a typo correction is a guess and weighs less. */
  how: 'exact' | 'stem' | 'phrase' | 'code' | 'compound' | 'typo';
};

type Term = { term: string; concepts: ConceptId[] };

/** What a text was read as: its concepts, the words left over, and its words with their clauses. */
export type TextReading = { hits: ConceptHit[]; unmatched: string[]; tokens: string[]; clause: number[] };

/** What the phrase passes of one text share: its words, their stems and clauses, which are taken. */
type Pass = {
  tokens: string[];
  stems: string[][];
  clause: number[];
  used: boolean[];
  /** Whether the words from `from` up to `to` are all still untaken. */
  free: (from: number, to: number) => boolean;
  allowed: (id: ConceptId) => boolean;
  add: (ids: ConceptId[], words: string, term: string, how: ConceptHit['how']) => boolean;
};

const MAX_PHRASE = 5;
/** Words a gapped phrase may skip between two of its words: "staat (vaak) stil". */
const MAX_GAP = 2;
const FUZZY_THRESHOLD = 0.3;
/** A typo of a word this long is at most this many edits from the term it stands for. */
const maxEditsFor = (length: number) => Math.max(1, Math.floor(length / 5));

const stemNl = stemmerFor('nl');
const stemEn = stemmerFor('en');
/** A word's stems: the same key for "lasrobot" and "lasrobots", "onderhoud" and "onderhouden". */
const stemsOf = (word: string) => [stemNl(word), stemEn(word)];

/** Whether the number at `at` follows "SBI" ("SBI 25.62", "sbi-code 2562"), words of the code in between. */
function afterSbi(tokens: readonly string[], at: number): boolean {
  const before = tokens.slice(Math.max(0, at - 4), at).filter((t) => !/^\d+$/.test(t));
  return before.slice(-2).some((t) => t.startsWith('sbi'));
}

export type ConceptMatcherOptions = {
  /** Real Dutch and English words: never "corrected", and used to split compounds. */
  lexicon?: Lexicon;
  /** Whether to guess typos (not for the catalogue's own texts). */
  typos?: boolean;
  /**
   * Words of proper names (organisations, campuses, towns: "brainport", "stenden", "leerpark"): never
   * split into compound parts or guessed as a typo, so "Brainport" is no port and "NHL Stenden" no stone.
   */
  names?: ReadonlySet<string>;
};

/** Matches text against the vocabulary; build once, use for every query. */
export class ConceptMatcher {
  private readonly exact = new Map<string, ConceptId[]>();
  /**
   * Labels and official titles, whatever their length or punctuation: a field that holds exactly one
   * ("Drukkerijen, reproductie van opgenomen media", a suggestion chosen on the screen) reads as it.
   */
  private readonly wholeNames = new Map<string, ConceptId[]>();
  /** Phrases keyed by the stems of their words. */
  private readonly stemmed = new Map<string, Term[]>();
  /** Multi-word terms for the gapped pass, as the stem sets of their words. */
  private readonly gapped: { term: string; words: string[][]; concepts: ConceptId[] }[] = [];
  private readonly singleWords = new Map<string, Term>();
  /** Multi-word terms by each form (word or stem) of their first word: only those can start in a text. */
  private readonly gappedByFirst = new Map<string, number[]>();
  /** Two-word terms that end in a Dutch infinitive ("visueel controleren"), for the verb-first pass. */
  private readonly verbLast: { term: string; words: string[][]; concepts: ConceptId[] }[] = [];
  private readonly fuzzyTerms: Term[];
  private readonly bySbi = new Map<string, ConceptId[]>();
  /** Fuse indexes by phrase length and first letter: a typo changes the length by a few letters at most. */
  private readonly fuseByLength = new Map<string, Fuse<Term>>();
  private readonly lexicon: Lexicon | undefined;
  private readonly names: ReadonlySet<string>;
  private readonly typos: boolean;

  constructor(vocabulary: Vocabulary, options: ConceptMatcherOptions = {}) {
    this.lexicon = options.lexicon;
    this.typos = options.typos ?? true;
    this.names = options.names ?? new Set();
    for (const list of VOCABULARY_LISTS) {
      for (const entry of vocabulary[list]) {
        const id = `${list}:${entry.code}` as ConceptId;
        if (entry.sbi) this.bySbi.set(entry.sbi, [...(this.bySbi.get(entry.sbi) ?? []), id]);
        const labels = [entry.nl, entry.en, entry.sbiTitle?.nl, entry.sbiTitle?.en].filter((l) => l !== undefined);
        for (const label of labels) {
          const key = normaliseText(label);
          this.wholeNames.set(key, [...new Set([...(this.wholeNames.get(key) ?? []), id])]);
        }
        const names = [entry.nl, entry.en, ...entry.synonyms.nl, ...entry.synonyms.en];
        if (list !== 'need') names.push(entry.code.replace(/_/g, ' '));
        for (const raw of names) {
          const term = normaliseText(raw);
          if (!term || term.split(' ').length > MAX_PHRASE) continue;
          const ids = this.exact.get(term) ?? [];
          if (!ids.includes(id)) ids.push(id);
          this.exact.set(term, ids);
        }
      }
    }
    const terms = [...this.exact].map(([term, concepts]) => ({ term, concepts }));
    for (const t of terms) {
      const words = t.term.split(' ');
      for (const key of new Set([words.map(stemNl).join(' '), words.map(stemEn).join(' ')])) {
        this.stemmed.set(key, [...(this.stemmed.get(key) ?? []), t]);
      }
      if (words.length > 1)
        this.gapped.push({ term: t.term, words: words.map((w) => [w, ...stemsOf(w)]), concepts: t.concepts });
      else if (t.term.length >= 5) this.singleWords.set(t.term, t);
    }
    this.gapped.sort((a, b) => b.words.length - a.words.length);
    for (const g of this.gapped) {
      const [first, verb] = g.words.map((forms) => forms[0]);
      if (g.words.length === 2 && isInfinitive(verb) && !first.endsWith('e') && !STOPWORDS.has(first))
        this.verbLast.push(g);
    }
    this.gapped.forEach((g, i) => {
      for (const form of new Set(g.words[0])) {
        const list = this.gappedByFirst.get(form);
        if (list) list.push(i);
        else this.gappedByFirst.set(form, [i]);
      }
    });
    this.fuzzyTerms = terms.filter((t) => t.term.length >= 4);
  }

  /**
   * All concepts in `text`, optionally only from some lists, each once, in the order found, with the
   * words and clauses the text was read as.
   */
  match(text: string, lists?: readonly VocabularyList[]): TextReading {
    const { tokens, clause } = tokeniseClauses(expandContractions(text));
    // Each word's Dutch and English stems, once: every pass below looks at them.
    const stems = tokens.map(stemsOf);
    const used = new Array<boolean>(tokens.length).fill(false);
    const hits: ConceptHit[] = [];
    const allowed = (id: ConceptId) => !lists || lists.some((l) => id.startsWith(`${l}:`));
    const add = (ids: ConceptId[], words: string, term: string, how: ConceptHit['how']) => {
      let added = false;
      for (const concept of ids.filter(allowed)) {
        if (!hits.some((h) => h.concept === concept)) hits.push({ concept, words, term, how });
        added = true;
      }
      return added;
    };
    const free = (from: number, to: number) => !used.slice(from, to).some(Boolean);

    // 0. The whole text is one label or official title.
    const whole = this.wholeNames.get(tokens.join(' '))?.filter(allowed);
    if (whole?.length) {
      add(whole, tokens.join(' '), tokens.join(' '), 'exact');
      return { hits, unmatched: [], tokens, clause };
    }

    const pass: Pass = { tokens, stems, clause, used, free, allowed, add };
    // 1. Whole phrases of two words or more as they stand ("german partner"), then gapped ones of three
    // or more ("geen idee waar ik moet beginnen"), then Dutch separable verbs ("we werken samen" →
    // samenwerken), and only then single words and gapped pairs, so that a longer phrase is never broken
    // up by one of its words, nor a phrase as typed by a longer one around it.
    this.phrases(pass, MAX_PHRASE, 2);
    this.gappedPhrases(pass, 3);
    this.separableVerbs(pass);
    this.phrases(pass, 1, 1);
    this.gappedPhrases(pass, 2);
    this.verbFirst(pass);
    this.participles(pass);
    // 2. SBI codes: "25", "2562", "25.62", "SBI 25.62.1": the first two digits are the division. In a
    // sector field any number is one; in a question only after "SBI", as "25 man" or "500 stuks" is a count.
    if (!lists || lists.includes('sector')) {
      const sectorField = lists?.length === 1;
      tokens.forEach((token, i) => {
        if (!/^\d+$/.test(token)) return;
        if (!sectorField && !afterSbi(tokens, i)) return;
        // The rest of a code ("62" and "1" of "25.62.1") belongs to the number before it.
        if (i > 0 && /^\d+$/.test(tokens[i - 1])) {
          used[i] = true;
          return;
        }
        const division = /^(\d{2})\d{0,3}$/.exec(token)?.[1];
        const ids = division ? this.bySbi.get(division) : undefined;
        if (!used[i] && ids && add(ids, token, division!, 'code')) used[i] = true;
      });
    }
    // 3. Dutch compounds: a vocabulary word at the start or end of a longer word.
    tokens.forEach((token, i) => {
      if (used[i] || token.length < 7 || this.names.has(token)) return;
      // The longest vocabulary word the token ends or starts with, leaving at least three letters that
      // are a word themselves: "inpakker" holds no "akker", "sleutelen" no "telen".
      let part: Term | undefined;
      for (let n = token.length - 3; n >= 5 && !part; n--) {
        const head = this.singleWords.get(token.slice(-n));
        const modifier = this.singleWords.get(token.slice(0, n));
        part = [
          head && this.compoundRest(token.slice(0, -n), head.term) ? head : undefined,
          modifier && this.compoundRest(token.slice(n)) ? modifier : undefined,
        ].find((t) => t && t.concepts.some(allowed));
      }
      if (part && add(part.concepts, token, part.term, 'compound')) used[i] = true;
    });
    // 4. Typos, misspelt pairs first ("predictiv maintanence"), only for words that are no real words.
    for (const n of this.typos ? [2, 1] : []) {
      for (let i = 0; i + n <= tokens.length; i++) {
        if (!free(i, i + n)) continue;
        const words = tokens.slice(i, i + n);
        if (words.some((w) => STOPWORDS.has(w) || w.length < 4 || /\d/.test(w) || this.names.has(w))) continue;
        if (words.every((w) => this.isRealWord(w))) continue;
        const phrase = words.join(' ');
        const best = this.closestTerm(phrase, n, allowed);
        if (best && add(best.concepts, phrase, best.term, 'typo')) used.fill(true, i, i + n);
      }
    }
    // 5. Dutch compounds split into real words with the word list ("verpakkingslijn" → verpakking + lijn).
    tokens.forEach((token, i) => {
      if (used[i] || token.length < 7 || this.names.has(token)) return;
      const parts = this.lexicon && !this.lexicon.isWord(token) ? this.lexicon.splitCompound(token) : null;
      let found = false;
      for (const p of parts ?? []) {
        const hit = this.lookUp(p, allowed) ?? this.lookUpStems([p], [stemsOf(p)], allowed);
        if (hit && add(hit.concepts, token, hit.term, 'compound')) found = true;
      }
      if (found) used[i] = true;
    });
    const unmatched = tokens.filter((t, i) => !used[i] && !STOPWORDS.has(t) && !NO_SUBJECT.has(t) && t.length >= 3);
    return { hits, unmatched, tokens, clause };
  }

  /** Whole phrases of `longest` down to `shortest` words, as typed and then by their stems. */
  private phrases(p: Pass, longest: number, shortest: number): void {
    const { tokens, stems, clause, used, free, allowed, add } = p;
    for (let n = longest; n >= shortest; n--) {
      for (let i = 0; i + n <= tokens.length; i++) {
        if (!free(i, i + n) || clause[i] !== clause[i + n - 1]) continue;
        const words = tokens.slice(i, i + n);
        if (n === 1 && STOPWORDS.has(words[0])) continue;
        const phrase = words.join(' ');
        const exact = this.lookUp(phrase, allowed);
        const found = exact
          ? { ...exact, how: 'exact' as const }
          : this.lookUpStems(words, stems.slice(i, i + n), allowed);
        if (found && add(found.concepts, phrase, found.term, found.how)) used.fill(true, i, i + n);
      }
    }
  }

  /**
   * Multi-word terms with a few words in between, on the words still free: of `words` words, or more
   * when `words` is 3. Only terms whose first word is in the text, and every other word too, can be
   * there; longest first.
   */
  private gappedPhrases(p: Pass, words: number): void {
    const { tokens, stems, clause, used, allowed, add } = p;
    const present = new Set([...tokens, ...stems.flat()]);
    const starting = [...new Set([...present].flatMap((f) => this.gappedByFirst.get(f) ?? []))].sort((a, b) => a - b);
    for (const g of starting.map((i) => this.gapped[i])) {
      if (words === 3 ? g.words.length < 3 : g.words.length !== words) continue;
      if (!g.words.every((forms) => forms.some((f) => present.has(f))) || !g.concepts.some(allowed)) continue;
      const at = this.findGapped(tokens, stems, clause, used, g.words);
      if (!at) continue;
      // The words as typed, the ones in between included: "staat heel vaak stil".
      const span = at[at.length - 1] + 1;
      // A phrase skips filler, never a word that means something of its own: in "looking for a German
      // partner", "German" is read as Germany, not passed over for "looking for a partner".
      const skipsTerm = tokens
        .slice(at[0], span)
        .some(
          (word, k) =>
            !at.includes(at[0] + k) &&
            !STOPWORDS.has(word) &&
            (this.lookUp(word, allowed) ?? this.lookUpStems([word], [stems[at[0] + k]], allowed)) !== null,
        );
      if (skipsTerm) continue;
      if (add(g.concepts, tokens.slice(at[0], span).join(' '), g.term, 'phrase')) used.fill(true, at[0], span);
    }
  }

  /**
   * Dutch separable verbs: a particle that closes its clause joined to a verb before it, when the joined
   * word is a real word of the word list and a vocabulary term ("we schalen de productie op" → opschalen,
   * "we leiden mensen op" → opleiden); "we leiden mensen op de vloer" joins nothing. A particle before
   * "te" and a verb is joined to that verb ("op te schalen", "uit te besteden").
   */
  private separableVerbs(p: Pass): void {
    const { tokens, clause, used, allowed, add } = p;
    if (!this.lexicon) return;
    const join = (joined: string) =>
      this.lexicon!.isWord(joined)
        ? (this.lookUp(joined, allowed) ?? this.lookUpStems([joined], [stemsOf(joined)], allowed))
        : null;
    tokens.forEach((particle, j) => {
      if (used[j] || !isParticle(particle)) return;
      // The infinitive with "te" keeps its particle in front: "om de productie op te schalen" → opschalen.
      const verb = j + 2;
      if (tokens[j + 1] === 'te' && clause[verb] === clause[j] && !used[verb]) {
        const found = join(particle + tokens[verb]);
        if (found && add(found.concepts, tokens.slice(j, verb + 1).join(' '), found.term, 'stem')) {
          used.fill(true, j, verb + 1);
          return;
        }
      }
      if (!closesSeparableVerb(tokens, clause, j)) return;
      for (let i = j - 1; i >= 0 && clause[i] === clause[j]; i--) {
        if (used[i] || isParticle(tokens[i])) continue;
        const found = join(particle + tokens[i]);
        if (found && add(found.concepts, `${tokens[i]} ${particle}`, found.term, 'stem')) {
          used[i] = used[j] = true;
          return;
        }
      }
    });
  }

  /**
   * A Dutch main clause puts its verb first: "visueel controleren" is said "we controleren alles visueel"
   * or "hij controleert het visueel". A two-word term ending in an infinitive is read with its verb
   * before its other word, a few words in between, in one clause, the verb as typed or in its -t form.
   */
  private verbFirst(p: Pass): void {
    const { tokens, stems, clause, used, allowed, add } = p;
    const finite = tokens.map((t) => (t.length >= 5 && t.endsWith('t') ? stemsOf(t.slice(0, -1)) : []));
    const isVerb = (at: number, forms: string[]) =>
      tokens[at] === forms[0] || [...stems[at], ...finite[at]].some((s) => forms.slice(1).includes(s));
    const isWord = (at: number, forms: string[]) =>
      tokens[at] === forms[0] || (tokens[at].length >= 4 && stems[at].some((s) => forms.includes(s)));
    for (const g of this.verbLast) {
      if (!g.concepts.some(allowed)) continue;
      const [word, verb] = g.words;
      for (let v = 0; v < tokens.length; v++) {
        if (used[v] || !isVerb(v, verb)) continue;
        const w = tokens.findIndex(
          (_, j) => j > v && j <= v + 1 + MAX_GAP && clause[j] === clause[v] && !used[j] && isWord(j, word),
        );
        if (w < 0) continue;
        const between = tokens.slice(v + 1, w);
        if (between.some((t) => !STOPWORDS.has(t) && this.lookUp(t, allowed) !== null)) continue;
        if (add(g.concepts, tokens.slice(v, w + 1).join(' '), g.term, 'phrase')) used.fill(true, v, w + 1);
        break;
      }
    }
  }

  /** Dutch past participles read as their verb: "met de hand gelamineerd" → lamineren, "opgeleid" → opleiden. */
  private participles(p: Pass): void {
    const { tokens, used, allowed, add } = p;
    if (!this.lexicon) return;
    tokens.forEach((token, i) => {
      if (used[i]) return;
      const verb = this.lexicon!.infinitiveOf(token);
      const found = verb && (this.lookUp(verb, allowed) ?? this.lookUpStems([verb], [stemsOf(verb)], allowed));
      if (found && add(found.concepts, token, found.term, 'stem')) used[i] = true;
    });
  }

  /**
   * A real word, or a compound of two real words ("productielijn"): what the user meant, never a typo.
   * A split into more or shorter pieces ("auto|matis|ring") is more likely a misspelling.
   */
  private isRealWord(word: string): boolean {
    if (!this.lexicon) return false;
    if (this.lexicon.isWord(word)) return true;
    const parts = word.length >= 8 ? this.lexicon.splitCompound(word) : null;
    return parts?.length === 2 && parts.every((p) => p.length >= 4);
  }

  /**
   * Whether what a compound leaves beside a vocabulary word is a word or a compound of words, so the
   * two make a compound: "verpakkings|robot", "vis|teelt", "milieu|auditsysteem", "architect|en|bureau";
   * not "inp|akker". Without a word list, any three letters. A verb ending is no head: "sleu|telen",
   * "groe|peren", "kan|telen" are verbs in -elen and -eren, not compounds of "telen" and "peren".
   */
  private compoundRest(rest: string, head?: string): boolean {
    if (head && VERB_ENDING_HEAD.test(head)) return false;
    if (!this.lexicon) return true;
    // The linking s, e or en sits between the parts: "verpakking|s|robot", "kwaliteit|s|agenda".
    const bare = head ? rest.replace(/(?<=...)(s|e|en)$/, '') : rest.replace(/^(en|s|e)(?=...)/, '');
    const word = (r: string) => r.length >= 3 && (this.lexicon!.isWord(r) || this.lexicon!.splitCompound(r) !== null);
    // Before a head also a combining form ("petro|chemie", "bio|afval") or a participle's particle and
    // ge- ("af|ge|oogst", "uit|ge|lijnd").
    const before = head && (COMBINING_FORM.test(rest) || (rest.endsWith('ge') && isParticle(rest.slice(0, -2))));
    // After a word at the start also a derivational ending: "circular|iteit", "sensor|ische", "thermoplast|ische".
    const after = !head && DERIVED_ENDING.test(rest);
    return [rest, bare].some(word) || before || after;
  }

  private lookUp(phrase: string, allowed: (id: ConceptId) => boolean): Term | null {
    const concepts = this.exact.get(phrase)?.filter(allowed);
    return concepts?.length ? { term: phrase, concepts } : null;
  }

  /**
   * A term with the same stems, when it is an inflection of the words rather than another word that
   * stems the same ("robots" is "robot", "onderdelen" is "onderdeel"; "machines" is no "machining").
   */
  private lookUpStems(
    words: string[],
    stems: string[][],
    allowed: (id: ConceptId) => boolean,
  ): (Term & { how: 'stem' }) | null {
    const phrase = words.join(' ');
    // A short word says too little for its stem to stand for another: "per" is no "peren", "met" no "meten".
    // Nor a word that only stems like the term ("leren" is no "leer", "internal" no "interns").
    const short = (t: Term) =>
      t.term.split(' ').some((w, i) => words[i] !== w && (words[i].length < 4 || FALSE_FRIENDS.has(words[i])));
    // Nor a short vowel a long one: "tellen" is no "telen", "lakken" no "laken", though they share a stem.
    const otherVowel = (t: Term) => t.term.split(' ').some((w, i) => vowelLengthDiffers(words[i], w));
    for (const key of new Set([stems.map((s) => s[0]).join(' '), stems.map((s) => s[1]).join(' ')])) {
      for (const t of this.stemmed.get(key) ?? []) {
        const concepts = t.concepts.filter(allowed);
        const longer = Math.max(phrase.length, t.term.length);
        if (
          concepts.length &&
          !short(t) &&
          !otherVowel(t) &&
          editDistance(phrase, t.term) <= Math.max(2, Math.floor(0.3 * longer))
        ) {
          return { term: t.term, concepts, how: 'stem' };
        }
      }
    }
    return null;
  }

  /** The token positions of a gapped phrase among the free tokens, in order, or null. */
  private findGapped(
    tokens: string[],
    stems: string[][],
    clause: number[],
    used: boolean[],
    words: string[][],
  ): number[] | null {
    // forms[0] is the term's word as written; a short word must be that word ("met" is no "meten").
    const matches = (at: number, forms: string[]) =>
      tokens[at] === forms[0] ||
      (tokens[at].length >= 4 &&
        !FALSE_FRIENDS.has(tokens[at]) &&
        (forms.includes(tokens[at]) || stems[at].some((s) => forms.includes(s))));
    for (let start = 0; start < tokens.length; start++) {
      if (used[start] || !matches(start, words[0])) continue;
      const at = [start];
      for (let w = 1; w < words.length; w++) {
        const last = at[at.length - 1];
        let next = -1;
        for (let j = last + 1; j <= last + 1 + MAX_GAP && j < tokens.length && clause[j] === clause[start]; j++) {
          if (!used[j] && matches(j, words[w])) {
            next = j;
            break;
          }
        }
        if (next < 0) break;
        at.push(next);
      }
      if (at.length === words.length) return at;
    }
    return null;
  }

  /**
   * Fuse over the terms a typo of this length, word count and first letter could be: a term more letters
   * longer or shorter than the edits allowed can never be within them, a term of other word count is
   * never taken, and a typo seldom hits the first letter (a few thousand terms would make each guess slow).
   */
  private fuseFor(length: number, words: number, first: string): Fuse<Term> {
    const key = `${words}:${length}:${first}`;
    let fuse = this.fuseByLength.get(key);
    if (!fuse) {
      const edits = maxEditsFor(length);
      const near = this.fuzzyTerms.filter(
        (t) => t.term[0] === first && Math.abs(t.term.length - length) <= edits && t.term.split(' ').length === words,
      );
      fuse = new Fuse(near, {
        keys: ['term'],
        includeScore: true,
        ignoreLocation: true,
        threshold: FUZZY_THRESHOLD,
        minMatchCharLength: 3,
      });
      this.fuseByLength.set(key, fuse);
    }
    return fuse;
  }

  /** Fuse finds candidate terms; the one with the fewest edits wins, and only a near miss counts. */
  private closestTerm(phrase: string, words: number, allowed: (id: ConceptId) => boolean): Term | null {
    const maxEdits = maxEditsFor(phrase.length);
    let best: Term | null = null;
    let bestEdits = maxEdits + 1;
    for (const { item } of this.fuseFor(phrase.length, words, phrase[0]).search(phrase, { limit: 8 })) {
      if (item.term.split(' ').length !== words || !item.concepts.some(allowed)) continue;
      const edits = editDistance(phrase, item.term);
      if (edits < bestEdits) [best, bestEdits] = [item, edits];
    }
    return best;
  }
}

/** Greek and Latin combining forms that begin compounds without being words themselves. */
const COMBINING_FORM =
  /^(bio|petro|agro|aero|hydro|micro|nano|thermo|elektro|electro|foto|photo|opto|tele|mono|poly|multi|semi|mini|eco|geo|techno|mechano)$/;
/**
 * Endings that derive a word from a term without making it another thing: -iteit, -isch(e), -ica. Not
 * -atie, -isme or -ief, which often make another word ("fabric|atie", "material|isme", "audit|ief").
 */
const DERIVED_ENDING = /^(iteit|iteiten|isch|ische|ica|ity|ities|ical|ically|ics)$/;
/** A term that is also the ending of Dutch verbs in -elen and -eren: "telen" (sleutelen), "peren" (groeperen). */
const VERB_ENDING_HEAD = /^[b-df-hj-np-tv-z](elen|eren)$/;
/** Whether a word looks like a Dutch infinitive: "controleren", "stoken", "meten"; not "en" or "kosten" alone. */
const isInfinitive = (word: string) => word.length >= 5 && word.endsWith('en') && !/[aeiou]en$/.test(word);

const VOWELS = 'aeiouy';

/**
 * Whether two Dutch words part where one doubles a consonant before an "e" and the other has the
 * consonant once before that "e": the doubling marks a short vowel ("tellen", count), its absence a long
 * one ("telen", grow), so they are different words. A word that ends at that consonant ("brandstof" beside
 * "brandstoffen") is a form, and so is an English word whose consonant doubles before another ending
 * ("digitally" beside "digitalize").
 */
export function vowelLengthDiffers(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  if (p < 2 || p >= a.length || p >= b.length) return false;
  const last = a[p - 1];
  if (VOWELS.includes(last)) return false;
  const doubledBeforeE = (x: string, y: string) => x[p] === last && x[p + 1] === 'e' && y[p] === 'e';
  return doubledBeforeE(a, b) || doubledBeforeE(b, a);
}
