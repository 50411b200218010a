/** Colours of the ranked markers and list numbers: the top three stand out. */
export function rankColour(rank: number): string {
  if (rank <= 3) return '#166534';
  if (rank <= 10) return '#1d4ed8';
  return '#475569';
}
