/**
 * Match quality on the labelled cases in cases.json: nDCG@5 (graded gains 2^g - 1) and the share
 * of cases with an ideal record in the top 3. `npm run quality` prints them; a test holds the floor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Matcher } from '../../electron/main/matching/matcher';
import type { MatchProfile } from '../../electron/shared/matching/types';

export type QualityCase = { company: string; lang: 'nl' | 'en'; profile: MatchProfile; grades: Record<string, number> };
export type CaseScore = { company: string; ndcg5: number; idealInTop3: boolean; top5: string[] };

export const CASES: QualityCase[] = JSON.parse(readFileSync(join(import.meta.dirname, 'cases.json'), 'utf8')).cases;

function dcg(gains: number[]): number {
  return gains.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

/** Scores every case; throws when a case's profile does not run at all. */
export function evaluate(matcher: Matcher): { cases: CaseScore[]; ndcg5: number; idealTop3: number } {
  const cases = CASES.map((c) => {
    const result = matcher.run({ ...c.profile, limit: 10 });
    if (!result.ok) throw new Error(`${c.company}: ${result.error}`);
    const top5 = result.value.matches.slice(0, 5).map((m) => m.id);
    const ideal = Object.values(c.grades)
      .sort((a, b) => b - a)
      .slice(0, 5);
    const ndcg5 = dcg(top5.map((id) => c.grades[id] ?? 0)) / dcg(ideal);
    const idealInTop3 = result.value.matches.slice(0, 3).some((m) => c.grades[m.id] === 2);
    return { company: c.company, ndcg5, idealInTop3, top5 };
  });
  return {
    cases,
    ndcg5: cases.reduce((s, c) => s + c.ndcg5, 0) / cases.length,
    idealTop3: cases.filter((c) => c.idealInTop3).length / cases.length,
  };
}
