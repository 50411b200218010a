/**
 * Where the report map draws its markers: on their places where there is room, and pushed apart just
 * enough that no two numbers overlap each other or the company's star (two centres in one town, or
 * next door to the company). Pure and deterministic, so the same report always looks the same.
 */

export type XY = [number, number];
export type PlacedMarker = { rank: number; at: XY; from: XY };

const ROUNDS = 120;

/** Coincident markers start around their common spot, so pushing apart has a direction. */
function fanOut(markers: { rank: number; at: XY }[], radius: number): XY[] {
  return markers.map((m, i) => {
    const same = markers.filter((o) => Math.hypot(o.at[0] - m.at[0], o.at[1] - m.at[1]) < 0.5);
    if (same.length < 2) return [m.at[0], m.at[1]];
    const k = same.indexOf(markers[i]);
    const a = -Math.PI / 2 + (2 * Math.PI * k) / same.length;
    return [m.at[0] + radius * Math.cos(a), m.at[1] + radius * Math.sin(a)];
  });
}

/**
 * Places markers of `radius` so that their centres are at least `2 * radius + gap` apart, and at least
 * `radius + starRadius + gap` from the star; each stays inside the `size` × `size` square.
 */
export function layoutMarkers(
  markers: { rank: number; at: XY }[],
  options: { radius: number; gap: number; size: number; star: XY | null; starRadius: number },
): PlacedMarker[] {
  const { radius, gap, size, star, starRadius } = options;
  const pos = fanOut(markers, radius);
  const apart = 2 * radius + gap;
  const fromStar = radius + starRadius + gap;
  const clamp = (v: number) => Math.min(size - radius, Math.max(radius, v));
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const dx = pos[j][0] - pos[i][0];
        const dy = pos[j][1] - pos[i][1];
        const d = Math.hypot(dx, dy);
        if (d >= apart) continue;
        const [ux, uy] = d > 0.01 ? [dx / d, dy / d] : [Math.cos(i + j), Math.sin(i + j)];
        const push = (apart - d) / 2 + 0.01;
        pos[i] = [pos[i][0] - ux * push, pos[i][1] - uy * push];
        pos[j] = [pos[j][0] + ux * push, pos[j][1] + uy * push];
        moved = true;
      }
      if (star) {
        const dx = pos[i][0] - star[0];
        const dy = pos[i][1] - star[1];
        const d = Math.hypot(dx, dy);
        if (d < fromStar) {
          const [ux, uy] = d > 0.01 ? [dx / d, dy / d] : [0, -1];
          pos[i] = [star[0] + ux * (fromStar + 0.01), star[1] + uy * (fromStar + 0.01)];
          moved = true;
        }
      }
      pos[i] = [clamp(pos[i][0]), clamp(pos[i][1])];
    }
    if (!moved) break;
  }
  return markers.map((m, i) => ({ rank: m.rank, at: pos[i], from: m.at }));
}
