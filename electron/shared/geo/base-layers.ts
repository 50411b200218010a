/** The bundled base map as the screen draws it. */
import type { FeatureCollection, Point } from 'geojson';

/** Land, borders, water and provinces as GeoJSON, and the region to show. */
export type BaseLayers = {
  bounds: [number, number, number, number];
  countries: FeatureCollection;
  otherLand: FeatureCollection;
  water: FeatureCollection;
  provinces: FeatureCollection;
};

/** Towns in Germany, Belgium and Luxembourg that the map names, largest first (GeoNames). */
export type TownsAbroad = FeatureCollection<Point, { name: string; country: string; population: number }>;
