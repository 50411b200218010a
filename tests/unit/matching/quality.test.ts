import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../quality/evaluate';
import { openMatcher } from '../../support/matcher-fixture';

const engine = openMatcher();
afterAll(() => engine.close());

/**
 * Floors reached when each set was added, so that no later change can quietly lower them. The cases
 * are never changed after seeing a ranking; a floor moves down only with the reason written beside it.
 */
const FLOORS = {
  'written with the engine': { ndcg5: 0.845, idealTop3: 0.96 },
  // 0.785 / 0.9 until stop 22: the front door now comes first for "where do I start" without a technology,
  // as the three blind sets grade it; this set, written beside the engine, puts a fieldlab first in three
  // such questions ("iets met digitalisering", "hoe begin je met industrie 4.0", "iets met smart industry").
  'everyday wording': { ndcg5: 0.775, idealTop3: 0.87 },
  'published real cases': { top3: 0.48, top5: 0.67 },
  'fresh everyday wording (written before any run)': { ndcg5: 0.715, idealTop3: 0.85 },
  'second fresh set (written blind by a helper)': { ndcg5: 0.79, idealTop3: 0.92 },
  'published real cases, second set (collected blind)': { top3: 0.57, top5: 0.64 },
  'third fresh set (written blind by a helper)': { ndcg5: 0.7, idealTop3: 0.88 },
  'fourth fresh set (written blind by a helper)': { ndcg5: 0.64, idealTop3: 0.76 },
  'published real cases, third set (collected blind)': { top3: 0.6, top5: 0.6 },
} as const;

describe('match quality on the evaluation sets', () => {
  const sets = evaluate(engine.matcher);

  it('runs every set', () => {
    expect(sets.map((s) => s.name)).toEqual(expect.arrayContaining(Object.keys(FLOORS)));
  });

  it.each(Object.entries(FLOORS))('holds the floor of "%s"', (name, floor) => {
    const set = sets.find((s) => s.name === name)!;
    if (set.kind === 'graded') {
      const f = floor as { ndcg5: number; idealTop3: number };
      expect(set.ndcg5).toBeGreaterThanOrEqual(f.ndcg5);
      expect(set.idealTop3).toBeGreaterThanOrEqual(f.idealTop3);
    } else {
      const f = floor as { top3: number; top5: number };
      expect(set.top3).toBeGreaterThanOrEqual(f.top3);
      expect(set.top5).toBeGreaterThanOrEqual(f.top5);
    }
  });
});
