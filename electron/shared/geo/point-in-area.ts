/** Whether a point lies in an area of the bundled map: a province, or the Netherlands as a whole. */
import type { Geometry } from 'geojson';
import type { BaseLayers } from './base-layers';

type Ring = number[][];

function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when a (multi)polygon holds the point, holes excluded. */
export function geometryHolds(geometry: Geometry, lat: number, lon: number): boolean {
  const polygons =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.some(([outer, ...holes]) => inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h)));
}

/** True when the point is on Dutch land or inner water (the IJsselmeer, the Wadden islands' provinces). */
export function isInNetherlands(
  layers: Pick<BaseLayers, 'countries' | 'provinces'>,
  lat: number,
  lon: number,
): boolean {
  const nl = layers.countries.features.filter((f) => f.properties?.code === 'NL');
  return [...nl, ...layers.provinces.features].some((f) => f.geometry && geometryHolds(f.geometry, lat, lon));
}
