/**
 * Match quality on the evaluation sets in this folder, each run through the same engine as the app:
 * - graded sets (cases.json: written with the engine; everyday-cases.json: owners' everyday wording,
 *   judged as a regional advisor would): nDCG@5 (gains 2^g - 1) and the share of cases with an ideal
 *   record (grade 2) in the top 3;
 * - fresh-cases.json: everyday wording graded the same way, written before any of it was run, and
 *   never tuned on;
 * - fresh2-cases.json: a second such set, written and graded blind by a helper before any run;
 * - published-cases.json: real companies and the partner they actually worked with, from published
 *   stories: the share with that partner in the top 3 and in the top 5;
 * - published-fresh-cases.json: a second such set, collected blind by a helper and never run before;
 * - fresh3-cases.json: a third everyday set, written and graded blind by a helper (stop 21);
 * - fresh4-cases.json and published3-cases.json: a fourth everyday set and a third published set, by
 *   helpers in stop 22, run only twice (at the start and at the end of that stop) before they were added.
 * `npm run quality` prints them with every miss; a test holds a floor per set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Matcher } from '../../electron/main/matching/matcher';
import type { MatchProfile } from '../../electron/shared/matching/types';

type Profile = Pick<MatchProfile, 'place' | 'sector' | 'need'>;
export type GradedCase = { company: string; lang: 'nl' | 'en'; profile: Profile; grades: Record<string, number> };
export type PublishedCase = {
  id: string;
  company: string;
  partner: { id: string; name: string };
  source: string;
  profile: Profile & { lang: 'nl' | 'en' };
};

export type GradedScore = { company: string; ndcg5: number; idealInTop3: boolean; top5: string[] };
export type PublishedScore = { company: string; partner: string; rank: number | null; top5: string[] };

export type SetResult =
  | { name: string; kind: 'graded'; cases: GradedScore[]; ndcg5: number; idealTop3: number }
  | { name: string; kind: 'published'; cases: PublishedScore[]; top3: number; top5: number };

/** The evaluation sets and their files. */
export const SETS = [
  { name: 'written with the engine', file: 'cases.json', kind: 'graded' },
  { name: 'everyday wording', file: 'everyday-cases.json', kind: 'graded' },
  { name: 'published real cases', file: 'published-cases.json', kind: 'published' },
  { name: 'fresh everyday wording (written before any run)', file: 'fresh-cases.json', kind: 'graded' },
  { name: 'second fresh set (written blind by a helper)', file: 'fresh2-cases.json', kind: 'graded' },
  { name: 'published real cases, second set (collected blind)', file: 'published-fresh-cases.json', kind: 'published' },
  { name: 'third fresh set (written blind by a helper)', file: 'fresh3-cases.json', kind: 'graded' },
  { name: 'fourth fresh set (written blind by a helper)', file: 'fresh4-cases.json', kind: 'graded' },
  { name: 'published real cases, third set (collected blind)', file: 'published3-cases.json', kind: 'published' },
] as const;

const load = (file: string): unknown[] => {
  const path = join(import.meta.dirname, file);
  if (!existsSync(path)) return [];
  const data = JSON.parse(readFileSync(path, 'utf8'));
  return Array.isArray(data) ? data : data.cases;
};

function dcg(gains: number[]): number {
  return gains.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

function ranked(matcher: Matcher, profile: Profile, what: string): string[] {
  const result = matcher.run({ place: profile.place, sector: profile.sector, need: profile.need, limit: 10 });
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
  return result.value.matches.map((m) => m.id);
}

function graded(matcher: Matcher, name: string, cases: GradedCase[]): SetResult {
  const scores = cases.map((c) => {
    const ids = ranked(matcher, c.profile, c.company);
    const ideal = Object.values(c.grades)
      .sort((a, b) => b - a)
      .slice(0, 5);
    return {
      company: c.company,
      ndcg5: dcg(ids.slice(0, 5).map((id) => c.grades[id] ?? 0)) / dcg(ideal),
      idealInTop3: ids.slice(0, 3).some((id) => c.grades[id] === 2),
      top5: ids.slice(0, 5),
    };
  });
  const mean = (f: (s: GradedScore) => number) => scores.reduce((s, c) => s + f(c), 0) / scores.length;
  return {
    name,
    kind: 'graded',
    cases: scores,
    ndcg5: mean((s) => s.ndcg5),
    idealTop3: mean((s) => (s.idealInTop3 ? 1 : 0)),
  };
}

function published(matcher: Matcher, name: string, cases: PublishedCase[]): SetResult {
  const scores = cases.map((c) => {
    const ids = ranked(matcher, c.profile, c.company);
    const at = ids.indexOf(c.partner.id);
    return { company: c.company, partner: c.partner.id, rank: at < 0 ? null : at + 1, top5: ids.slice(0, 5) };
  });
  const share = (n: number) => scores.filter((s) => s.rank !== null && s.rank <= n).length / scores.length;
  return { name, kind: 'published', cases: scores, top3: share(3), top5: share(5) };
}

/** Scores every set that has cases; throws when a case's profile does not run at all. */
export function evaluate(matcher: Matcher): SetResult[] {
  return SETS.flatMap((set) => {
    const cases = load(set.file);
    if (cases.length === 0) return [];
    return [
      set.kind === 'graded'
        ? graded(matcher, set.name, cases as GradedCase[])
        : published(matcher, set.name, cases as PublishedCase[]),
    ];
  });
}
