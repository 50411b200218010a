/**
 * Place names on the offline map: which gazetteer places may be labelled, and where each label goes
 * on the screen so that no two labels overlap and none covers a marker, the company's star or a map
 * control. Greedy by importance (the most populous first), eight positions around each place.
 */
import type { TownsAbroad } from './base-layers';
import type { Place } from './gazetteer';

/**
 * A place that may get a label: its name, point, population and rank by population (1 = largest);
 * `abroad` for a town across the border.
 */
export type LabelPlace = { name: string; lat: number; lon: number; population: number; rank: number; abroad?: true };

/**
 * The map is about the Netherlands: a town abroad is named as if it had this share of its people, so
 * that the Ruhr's cities do not crowd out Dutch towns, while Aachen, Münster or Lingen still show
 * once one zooms in on the border.
 */
export const ABROAD_SHARE = 1 / 4;

/** Places smaller than this get no label at any zoom (about 400 places remain). */
export const MIN_LABEL_POPULATION = 5_000;

/**
 * The labelable places, the largest first: the gazetteer's towns and cities (not districts or
 * municipalities) and the towns across the border, where German centres are.
 */
export function labelPlaces(places: readonly Place[], abroad?: TownsAbroad): LabelPlace[] {
  const dutch = places
    .filter((p) => p.kind === 'place' && (p.population ?? 0) >= MIN_LABEL_POPULATION)
    .map((p) => ({ name: p.name, lat: p.lat, lon: p.lon, population: p.population! }));
  const foreign = (abroad?.features ?? []).map((f) => ({
    name: f.properties.name,
    lat: f.geometry.coordinates[1],
    lon: f.geometry.coordinates[0],
    population: f.properties.population,
    abroad: true as const,
  }));
  return [...dutch, ...foreign]
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
    .map((p, i) => ({ ...p, rank: i + 1 }));
}

/** The smallest population labelled at a zoom level: cities when the whole country shows, towns further in. */
export function minPopulationAt(zoom: number): number {
  if (zoom < 7) return 150_000;
  if (zoom < 8) return 60_000;
  if (zoom < 9) return 40_000;
  if (zoom < 10) return 10_000;
  return MIN_LABEL_POPULATION;
}

/** A rectangle in screen pixels (the map container's own coordinates). */
export type ScreenBox = { left: number; top: number; right: number; bottom: number };

/** A place on the screen, with the size of its label's text. */
export type LabelCandidate = {
  name: string;
  x: number;
  y: number;
  population: number;
  width: number;
  height: number;
  /** Labelled whatever the zoom, first, and even where every position is crowded (the company's town). */
  always?: boolean;
  /** A town across the border: counts for ABROAD_SHARE of its population. */
  abroad?: boolean;
};

export const LABEL_POSITIONS = ['e', 'w', 'n', 's', 'ne', 'se', 'nw', 'sw'] as const;
export type LabelPosition = (typeof LABEL_POSITIONS)[number];

/** A label put on the screen: its text box, the place's dot and which side of the dot it went. */
export type PlacedLabel = {
  name: string;
  x: number;
  y: number;
  box: ScreenBox;
  dot: ScreenBox;
  position: LabelPosition;
};

export type LabelLayout = {
  candidates: readonly LabelCandidate[];
  /** Markers, the star, map controls: no label may cover them. */
  obstacles: readonly ScreenBox[];
  width: number;
  height: number;
  zoom: number;
};

const DOT_RADIUS = 3;
const GAP = 3;
/** How far out the company's town may move its label, step by step, to get past the star on its dot. */
const ALWAYS_RINGS = [0, 14, 28];
const EDGE = 2;
const LABEL_AIR = 5;

/** Where the labels go, the most important places first; a place whose label fits nowhere gets none. */
export function placeLabels({ candidates, obstacles, width, height, zoom }: LabelLayout): PlacedLabel[] {
  const minPopulation = minPopulationAt(zoom);
  const inView = (x: number, y: number) => x >= 0 && y >= 0 && x <= width && y <= height;
  const weight = (c: LabelCandidate) => (c.abroad ? c.population * ABROAD_SHARE : c.population);
  const ordered = candidates
    .filter((c) => inView(c.x, c.y) && (c.always || weight(c) >= minPopulation))
    .sort((a, b) => Number(!!b.always) - Number(!!a.always) || weight(b) - weight(a));
  const taken: ScreenBox[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const c of ordered) {
    const dot = boxAround(c.x, c.y, DOT_RADIUS);
    // A dot may sit under a marker (the town is still worth naming), never under another label.
    if (!c.always && placed.some((p) => overlaps(p.box, dot))) continue;
    const label = c.always ? placeAlways(c, taken, width, height) : placeIfFree(c, taken, width, height);
    if (!label) continue;
    placed.push({ name: c.name, x: c.x, y: c.y, box: label.box, dot, position: label.position });
    // A little air between neighbouring names keeps a crowded view readable.
    taken.push(pad(label.box, LABEL_AIR), dot);
  }
  return placed;
}

function placeIfFree(c: LabelCandidate, taken: ScreenBox[], width: number, height: number) {
  for (const position of LABEL_POSITIONS) {
    const box = labelBox(c, position, 0);
    if (fitsScreen(box, width, height) && !taken.some((t) => overlaps(t, box))) return { box, position };
  }
  return null;
}

/** The first free position on the nearest ring; failing that, the position that covers least. */
function placeAlways(c: LabelCandidate, taken: ScreenBox[], width: number, height: number) {
  let best: { box: ScreenBox; position: LabelPosition; covered: number } | null = null;
  for (const ring of ALWAYS_RINGS) {
    for (const position of LABEL_POSITIONS) {
      const box = labelBox(c, position, ring);
      if (!fitsScreen(box, width, height)) continue;
      const covered = taken.reduce((sum, t) => sum + overlapArea(t, box), 0);
      if (covered === 0) return { box, position };
      if (!best || covered < best.covered) best = { box, position, covered };
    }
  }
  return best;
}

/** The text box of a label on one side of its dot, `ring` pixels further out. */
function labelBox(c: LabelCandidate, position: LabelPosition, ring: number): ScreenBox {
  const d = DOT_RADIUS + GAP + ring;
  const { width: w, height: h } = c;
  const diagonal = Math.round(d * 0.7);
  const [left, top] = {
    e: [c.x + d, c.y - h / 2],
    w: [c.x - d - w, c.y - h / 2],
    n: [c.x - w / 2, c.y - d - h],
    s: [c.x - w / 2, c.y + d],
    ne: [c.x + diagonal, c.y - diagonal - h],
    se: [c.x + diagonal, c.y + diagonal],
    nw: [c.x - diagonal - w, c.y - diagonal - h],
    sw: [c.x - diagonal - w, c.y + diagonal],
  }[position];
  return { left, top, right: left + w, bottom: top + h };
}

function pad(b: ScreenBox, air: number): ScreenBox {
  return { left: b.left - air, top: b.top - 1, right: b.right + air, bottom: b.bottom + 1 };
}

function boxAround(x: number, y: number, r: number): ScreenBox {
  return { left: x - r, top: y - r, right: x + r, bottom: y + r };
}

function fitsScreen(b: ScreenBox, width: number, height: number): boolean {
  return b.left >= EDGE && b.top >= EDGE && b.right <= width - EDGE && b.bottom <= height - EDGE;
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: ScreenBox, b: ScreenBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function overlapArea(a: ScreenBox, b: ScreenBox): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}
