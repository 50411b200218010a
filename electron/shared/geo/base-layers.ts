/** The bundled base map as the screen draws it. */
import type { FeatureCollection } from 'geojson';

/** Land, borders, water and provinces as GeoJSON, and the region to show. */
export type BaseLayers = {
  bounds: [number, number, number, number];
  countries: FeatureCollection;
  otherLand: FeatureCollection;
  water: FeatureCollection;
  provinces: FeatureCollection;
};
