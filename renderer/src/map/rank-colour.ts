/** Colours of the ranked markers and list numbers: the top three stand out. One source for map and list. */
export type RankTier = 'top' | 'good' | 'rest';

/** The tier of a rank: 1–3, 4–10, the rest. */
export function rankTier(rank: number): RankTier {
  return rank <= 3 ? 'top' : rank <= 10 ? 'good' : 'rest';
}

/** A rank's colour, for places that need the value itself (the list's number badge). */
export const RANK_COLOURS: Record<RankTier, string> = { top: '#166534', good: '#1d4ed8', rest: '#475569' };

export function rankColour(rank: number): string {
  return RANK_COLOURS[rankTier(rank)];
}
