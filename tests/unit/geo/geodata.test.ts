import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePostcodes, type Pc4Row } from '../../../build/geo/merge-postcodes';
import type { Place } from '../../../electron/shared/geo/gazetteer';
import { isInNetherlands } from '../../../electron/shared/geo/point-in-area';
import { DATA_DIR } from '../../support/catalogue-fixture';

/** One square province around Rotterdam, enough for point-in-polygon. */
const PROVINCES = [
  {
    properties: { name: 'Zuid-Holland' },
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [4.0, 51.7],
          [4.8, 51.7],
          [4.8, 52.1],
          [4.0, 52.1],
          [4.0, 51.7],
        ] as [number, number][],
      ],
    },
  },
];
const MUNICIPALITIES = new Map([
  ['rotterdam', { name: 'Rotterdam', gemeentecode: 'GM0599', province: 'Zuid-Holland' }],
  ['albrandswaard', { name: 'Albrandswaard', gemeentecode: 'GM0613', province: 'Zuid-Holland' }],
]);
const place = (id: string, name: string, municipality: string, lat: number, lon: number): Place => ({
  id,
  name,
  kind: 'place',
  province: 'Zuid-Holland',
  municipality,
  gemeentecode: MUNICIPALITIES.get(municipality.toLowerCase())!.gemeentecode,
  lat,
  lon,
  population: 1000,
});
const GAZETTEER = [
  place('rotterdam', 'Rotterdam', 'Rotterdam', 51.9225, 4.4792),
  place('hoogvliet', 'Hoogvliet', 'Rotterdam', 51.8623, 4.3623),
  place('rhoon', 'Rhoon', 'Albrandswaard', 51.8575, 4.4208),
];
const row = (zipcode: string, name: string, lat: number, lon: number): Pc4Row => ({
  zipcode,
  name,
  latitude: String(lat),
  longitude: String(lon),
});

describe('merging the postcode file into the gazetteer', () => {
  const { places, postcodes } = mergePostcodes(
    GAZETTEER,
    [
      row('3011', 'Rotterdam', 51.9197, 4.4875),
      row('3191', 'Hoogvliet Rotterdam', 51.8614, 4.3662),
      row('3161', 'Rhoon', 51.8564, 4.4243),
      row('3165', 'Rotterdam-Albrandswaard', 51.8698, 4.418),
      row('3181', 'Rozenburg', 51.9046, 4.2479),
    ],
    PROVINCES,
    MUNICIPALITIES,
  );
  const placeOf = (pc4: string) => places.find((p) => p.id === postcodes.find((e) => e[0] === pc4)?.[1]);

  it('links a postcode to the gazetteer place of its name', () => {
    expect(placeOf('3011')?.id).toBe('rotterdam');
    expect(placeOf('3161')?.id).toBe('rhoon');
  });

  it('reads "Hoogvliet Rotterdam" as Hoogvliet in the municipality of Rotterdam', () => {
    expect(placeOf('3191')?.id).toBe('hoogvliet');
  });

  it('keeps a hyphenated name whole instead of cutting it into a place and a municipality', () => {
    expect(placeOf('3165')?.name).toBe('Rotterdam-Albrandswaard');
    expect(places.some((p) => p.name.endsWith('-'))).toBe(false);
  });

  it('adds a place the gazetteer lacks, with its province from the map', () => {
    const added = placeOf('3181');
    expect(added?.name).toBe('Rozenburg');
    expect(added?.province).toBe('Zuid-Holland');
    expect(added?.municipalityGuessed).toBe(true);
  });
});

// The outline is coarse: Vaals falls just outside it; geo:locate-point adds the nearby Dutch places.
describe('where a company can be', () => {
  const layers = JSON.parse(readFileSync(join(DATA_DIR, 'geo/base-layers.json'), 'utf8'));
  it.each([
    ['Enschede', 52.2215, 6.8937],
    ['Den Burg, Texel', 53.0542, 4.7972],
    ['the IJsselmeer', 52.75, 5.4],
  ])('is in the Netherlands: %s', (_, lat, lon) => expect(isInNetherlands(layers, lat, lon)).toBe(true));
  it.each([
    ['Gronau (Germany), inside the Dutch box', 52.2125, 7.0228],
    ['Antwerp (Belgium)', 51.2194, 4.4025],
    ['the North Sea', 52.6, 3.6],
  ])('is not: %s', (_, lat, lon) => expect(isInNetherlands(layers, lat, lon)).toBe(false));
});
