/**
 * What the user asked for, as units of relevance: every recognised theme, need or kind of help is one
 * unit, answered by the concepts a record can carry, each with how well it answers: the concept itself
 * (1), a narrower one (a cobot lab answers "robotica", 0.9), the themes a need leads to (the first 1,
 * the others 0.85), a broader one (a materials lab for "spuitgieten", 0.6). Related themes answer a
 * little (0.3) and never make a direct fit. Generic units ("automatiseren", "slimmer werken") weigh
 * half when something more specific was asked too, a kind of help 0.4; typo guesses count for 0.7.
 */
import { VOCABULARY_LISTS, type ConceptId, type Vocabulary, type VocabularyEntry } from '../catalogue/vocabulary';
import type { ConceptHit } from './concept-matcher';

export type Unit = {
  hit: ConceptHit;
  /** Concepts that answer the unit and how well (0..1). */
  answers: Map<ConceptId, number>;
  /** Concepts near the unit: a weak answer, never a direct fit. */
  related: Set<ConceptId>;
  /** The unit's share in relevance. */
  weight: number;
  generic: boolean;
  /** About the kind of help only ("een kennispartner", "demo"), not about what it is for. */
  helpOnly: boolean;
  /** Read from what the company makes (the sector field), not from what it asks for. */
  fromSector: boolean;
};

export const NARROWER_WEIGHT = 0.9;
export const NEED_SECONDARY_WEIGHT = 0.85;
export const BROADER_WEIGHT = 0.6;
export const RELATED_WEIGHT = 0.3;
export const TYPO_WEIGHT = 0.7;
const GENERIC_WEIGHT = 0.5;
/** A kind of help, which most records offer some of (three in four a joint project), tells them apart less. */
const OFFER_WEIGHT = 0.4;
/** Themes of what the company makes weigh this much beside those of what it asks for. */
export const SECTOR_THEME_WEIGHT = 0.5;

/** The vocabulary as a graph: entries by id, and the narrower entries of each. */
export class ConceptGraph {
  private readonly entries = new Map<ConceptId, VocabularyEntry>();
  private readonly narrower = new Map<ConceptId, ConceptId[]>();

  constructor(vocabulary: Vocabulary) {
    for (const list of VOCABULARY_LISTS) {
      for (const e of vocabulary[list]) {
        const id = `${list}:${e.code}` as ConceptId;
        this.entries.set(id, e);
        for (const b of e.broader ?? []) {
          const parent = `${list}:${b}` as ConceptId;
          this.narrower.set(parent, [...(this.narrower.get(parent) ?? []), id]);
        }
      }
    }
  }

  entry(id: ConceptId): VocabularyEntry | undefined {
    return this.entries.get(id);
  }

  private listOf(id: ConceptId): string {
    return id.slice(0, id.indexOf(':'));
  }

  /** The concept and the ones more specific than it, all the way down. */
  narrowerOf(id: ConceptId): ConceptId[] {
    const out: ConceptId[] = [];
    const walk = (c: ConceptId) => {
      for (const n of this.narrower.get(c) ?? []) {
        if (out.includes(n)) continue;
        out.push(n);
        walk(n);
      }
    };
    walk(id);
    return out;
  }

  broaderOf(id: ConceptId): ConceptId[] {
    const list = this.listOf(id);
    return (this.entries.get(id)?.broader ?? []).map((b) => `${list}:${b}` as ConceptId);
  }

  relatedOf(id: ConceptId): ConceptId[] {
    const list = this.listOf(id);
    return (this.entries.get(id)?.related ?? []).map((r) => `${list}:${r}` as ConceptId);
  }

  /** The concept, what is narrower and what is broader than it, with their weights. */
  answersTo(id: ConceptId, weight = 1, broader = true): Map<ConceptId, number> {
    const out = new Map<ConceptId, number>([[id, weight]]);
    const put = (c: ConceptId, w: number) => out.set(c, Math.max(out.get(c) ?? 0, w));
    for (const n of this.narrowerOf(id)) put(n, weight * NARROWER_WEIGHT);
    if (broader) for (const b of this.broaderOf(id)) put(b, weight * BROADER_WEIGHT);
    return out;
  }

  isGeneric(id: ConceptId): boolean {
    return this.entries.get(id)?.generic === true;
  }
}

/** The units of a question: its theme, need and kind-of-help hits (sectors are no units). */
export function unitsOf(
  hits: readonly ConceptHit[],
  graph: ConceptGraph,
  sectorThemes: readonly ConceptHit[] = [],
): Unit[] {
  const fromSector = new Set(sectorThemes);
  const units = [...hits, ...sectorThemes]
    .filter((h) => !h.concept.startsWith('sector:'))
    .map((hit): Unit => {
      const entry = graph.entry(hit.concept);
      const answers = new Map<ConceptId, number>();
      const related = new Set<ConceptId>();
      const targets = hit.concept.startsWith('need:')
        ? ((entry?.leadsTo ?? []) as ConceptId[]).map((c, i) => [c, i === 0 ? 1 : NEED_SECONDARY_WEIGHT] as const)
        : [[hit.concept, 1] as const];
      // What the company makes counts only where a record works on that itself, not on something broader.
      const own = fromSector.has(hit);
      for (const [target, weight] of targets) {
        for (const [c, w] of graph.answersTo(target, weight, !own)) answers.set(c, Math.max(answers.get(c) ?? 0, w));
        if (!own) for (const r of graph.relatedOf(target)) related.add(r);
      }
      for (const c of answers.keys()) related.delete(c);
      const generic = graph.isGeneric(hit.concept);
      const helpOnly = aboutHelpOnly(hit, graph);
      return { hit, answers, related, weight: 1, generic, helpOnly, fromSector: own };
    })
    // A need that leads nowhere (Germany, funding without offers) is a wish about where, not what.
    .filter((u) => u.answers.size > 0);
  // The same words read as a need and as a theme the need leads to are one question, not two.
  const needs = units.filter((u) => u.hit.concept.startsWith('need:'));
  const distinct = units.filter(
    (u) =>
      u.hit.concept.startsWith('need:') ||
      !needs.some((n) => n.hit.words === u.hit.words && n.answers.get(u.hit.concept) !== undefined),
  );
  units.splice(0, units.length, ...distinct);
  // A concept the question asks for directly earns its credit there, not a second time as "related".
  const asked = new Set(units.filter((u) => !u.fromSector).flatMap((u) => [...u.answers.keys()]));
  for (const u of units) for (const c of asked) u.related.delete(c);
  const specific = units.some((u) => !u.generic);
  for (const u of units) {
    u.weight =
      (u.generic && specific ? GENERIC_WEIGHT : 1) *
      (u.helpOnly ? OFFER_WEIGHT : 1) *
      (u.fromSector ? SECTOR_THEME_WEIGHT : 1);
  }
  return units;
}

/**
 * A unit about the kind of help only ("een kennispartner", "demo"), not about what it is for: many
 * records offer it, so it tells them apart less than a theme does.
 */
function aboutHelpOnly(hit: ConceptHit, graph: ConceptGraph): boolean {
  if (hit.concept.startsWith('offer:')) return true;
  const leadsTo = graph.entry(hit.concept)?.leadsTo ?? [];
  return hit.concept.startsWith('need:') && leadsTo.length > 0 && leadsTo.every((c) => c.startsWith('offer:'));
}

/** How well a set of concepts answers one unit: a direct answer, a related one, or nothing. */
export function answerOf(
  unit: Unit,
  concepts: ReadonlySet<ConceptId>,
): { value: number; concept: ConceptId | null; direct: boolean } {
  let best: { value: number; concept: ConceptId | null; direct: boolean } = { value: 0, concept: null, direct: false };
  for (const [c, w] of unit.answers) {
    if (concepts.has(c) && w > best.value) best = { value: w, concept: c, direct: true };
  }
  if (!best.direct) {
    for (const c of unit.related) if (concepts.has(c)) return { value: RELATED_WEIGHT, concept: c, direct: false };
  }
  if (best.direct && unit.hit.how === 'typo') best.value *= TYPO_WEIGHT;
  return best;
}
