import { afterAll, describe, expect, it } from 'vitest';
import { CatalogueDb } from '../../../electron/main/catalogue/catalogue-db';
import {
  labelPlaces,
  overlaps,
  placeLabels,
  type LabelCandidate,
  type LabelPlace,
  type PlacedLabel,
  type ScreenBox,
} from '../../../electron/shared/geo/label-placement';
import { buildTempCatalogue } from '../../support/catalogue-fixture';
import { openApiFixture } from '../../support/api-fixture';

const built = buildTempCatalogue();
const catalogue = CatalogueDb.open(built.file);
const places = labelPlaces(catalogue.gazetteer().places, catalogue.townsAbroad());
const api = openApiFixture();
afterAll(() => {
  catalogue.close();
  built.cleanup();
  api.close();
});

/** A Web-Mercator view like Leaflet's: the pixel of a point at a zoom, the view centred on `centre`. */
function project(zoom: number, centre: { lat: number; lon: number }, width: number, height: number) {
  const scale = 256 * 2 ** zoom;
  const px = (lat: number, lon: number) => {
    const s = Math.sin((lat * Math.PI) / 180);
    return { x: ((lon + 180) / 360) * scale, y: (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale };
  };
  const c = px(centre.lat, centre.lon);
  return (lat: number, lon: number) => {
    const p = px(lat, lon);
    return { x: p.x - c.x + width / 2, y: p.y - c.y + height / 2 };
  };
}

/** Text boxes about as wide as the screen's 12 px labels. */
function candidatesAt(zoom: number, centre: { lat: number; lon: number }, width: number, height: number) {
  const at = project(zoom, centre, width, height);
  return places.map((p): LabelCandidate => ({ ...p, ...at(p.lat, p.lon), width: p.name.length * 7, height: 14 }));
}

/** The labels of a 900×700 view with nothing else on the map. */
const labelsAt = (zoom: number, centre: { lat: number; lon: number }) =>
  placeLabels({ candidates: candidatesAt(zoom, centre, 900, 700), obstacles: [], width: 900, height: 700, zoom });

const NL = { lat: 52.2, lon: 5.3 };
const find = (name: string): LabelPlace => places.find((p) => p.name === name)!;

function expectNoOverlaps(labels: PlacedLabel[], obstacles: ScreenBox[] = []) {
  const boxes = labels.flatMap((l) => [l.box, l.dot]);
  for (const [i, l] of labels.entries()) {
    for (const o of obstacles) expect(overlaps(l.box, o), `${l.name} covers an obstacle`).toBe(false);
    for (const [j, b] of boxes.entries()) {
      if (Math.floor(j / 2) !== i)
        expect(overlaps(l.box, b), `${l.name} overlaps ${labels[Math.floor(j / 2)].name}`).toBe(false);
    }
  }
}

describe('which places may be labelled', () => {
  it('serves the towns and cities of at least 5,000 people, the largest first, over the API', async () => {
    const result = await api.call('geo:labels', {});
    expect(result.ok).toBe(true);
    const served = result.ok ? result.value : [];
    expect(served).toEqual(places);
    expect(served.every((p) => p.population >= 5_000)).toBe(true);
    expect(served.map((p) => p.population)).toEqual(served.map((p) => p.population).sort((a, b) => b - a));
    const dutch = new Set(catalogue.gazetteer().places.map((p) => p.name));
    const inNl = served.filter((p) => dutch.has(p.name));
    expect(inNl.length).toBeGreaterThan(350);
    expect(inNl.slice(0, 3).map((p) => p.name)).toEqual(['Amsterdam', 'Rotterdam', 'Den Haag']);
    // Small enough to send to the screen in one answer.
    expect(JSON.stringify(served).length).toBeLessThan(60_000);
  });

  it('names the towns across the border where German centres are, Belgian ones as the Dutch write them', () => {
    const names = places.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['Aachen', 'Münster', 'Osnabrück', 'Lingen', 'Hannover', 'Antwerpen']),
    );
    expect(names).toContain('Brussel');
    expect(names).not.toContain('Brussels');
    // Only towns of 40,000 people or more abroad: no border villages crowding the map.
    const abroad = catalogue.townsAbroad().features;
    expect(abroad.length).toBeGreaterThan(150);
    expect(abroad.every((f) => f.properties.population >= 40_000)).toBe(true);
  });
});

describe('placing the labels', () => {
  it('shows only cities at the country view, and towns as one zooms in', () => {
    const country = labelsAt(7, NL);
    const names = country.map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['Amsterdam', 'Rotterdam', 'Utrecht', 'Groningen', 'Eindhoven']));
    expect(names).not.toContain('Harderwijk');
    // Across the border only the large cities at this zoom, fewer than the Dutch ones.
    const abroad = country.filter((l) => find(l.name).abroad);
    expect(abroad.map((l) => l.name)).toEqual(expect.arrayContaining(['Köln', 'Düsseldorf', 'Antwerpen']));
    expect(abroad.map((l) => l.name)).not.toContain('Lingen');
    expect(country.length - abroad.length).toBeLessThan(40);
    expect(abroad.length).toBeLessThan(country.length - abroad.length);

    const veluwe = { lat: 52.3, lon: 5.8 };
    const close = labelsAt(10, veluwe);
    expect(close.map((l) => l.name)).toEqual(expect.arrayContaining(['Apeldoorn', 'Harderwijk', 'Ermelo']));

    // Zoomed in on the border, the German towns with centres are named too.
    const twente = { lat: 52.35, lon: 7.0 };
    const border = labelsAt(9, twente);
    expect(border.map((l) => l.name)).toEqual(expect.arrayContaining(['Enschede', 'Münster', 'Lingen', 'Nordhorn']));
  });

  it.each([6, 7, 8, 9, 10, 11, 12])('never lets two labels overlap, nor a label leave the screen (zoom %i)', (zoom) => {
    const labels = placeLabels({
      candidates: candidatesAt(zoom, NL, 800, 600),
      obstacles: [],
      width: 800,
      height: 600,
      zoom,
    });
    expect(labels.length).toBeGreaterThan(3);
    expectNoOverlaps(labels);
    for (const l of labels) {
      expect(l.box.left).toBeGreaterThanOrEqual(0);
      expect(l.box.top).toBeGreaterThanOrEqual(0);
      expect(l.box.right).toBeLessThanOrEqual(800);
      expect(l.box.bottom).toBeLessThanOrEqual(600);
    }
  });

  it('keeps labels off the markers and the map controls, moving them to another side when needed', () => {
    const candidates = candidatesAt(9, NL, 800, 600);
    const free = placeLabels({ candidates, obstacles: [], width: 800, height: 600, zoom: 9 });
    const utrecht = free.find((l) => l.name === 'Utrecht')!;
    // A marker right where Utrecht's label would go, and a zoom control in the corner.
    const marker = {
      left: utrecht.box.left + 4,
      top: utrecht.box.top - 2,
      right: utrecht.box.left + 30,
      bottom: utrecht.box.bottom + 2,
    };
    const control = { left: 0, top: 0, right: 50, bottom: 80 };
    const labels = placeLabels({ candidates, obstacles: [marker, control], width: 800, height: 600, zoom: 9 });
    expectNoOverlaps(labels, [marker, control]);
    const moved = labels.find((l) => l.name === 'Utrecht');
    expect(moved?.position).not.toBe(utrecht.position);
  });

  it("always labels the company's town, even a small one under the star among crowded markers", () => {
    const zoom = 7;
    const candidates = candidatesAt(zoom, NL, 800, 600);
    const at = project(zoom, NL, 800, 600);
    // Nieuwleusen has about 10,000 people: no label of its own at this zoom.
    const town = {
      name: 'Nieuwleusen',
      ...at(52.5817, 6.2833),
      population: 9_000,
      width: 77,
      height: 14,
      always: true,
    };
    const star = { left: town.x - 15, top: town.y - 15, right: town.x + 15, bottom: town.y + 15 };
    const markers = [-40, 40].map((dx) => ({
      left: town.x + dx - 13,
      top: town.y - 13,
      right: town.x + dx + 13,
      bottom: town.y + 13,
    }));
    const labels = placeLabels({
      candidates: [...candidates, town],
      obstacles: [star, ...markers],
      width: 800,
      height: 600,
      zoom,
    });
    const label = labels.find((l) => l.name === 'Nieuwleusen');
    expect(label).toBeDefined();
    expect(overlaps(label!.box, star)).toBe(false);
    expectNoOverlaps(
      labels.filter((l) => l !== label),
      [star, ...markers],
    );
    // Zwolle, the city next door, is still labelled and does not collide with the town's label.
    expect(labels.map((l) => l.name)).toContain('Zwolle');
    expectNoOverlaps(labels);
  });

  it('labels no place whose point is off the screen', () => {
    const rotterdam = find('Rotterdam');
    const candidates = candidatesAt(11, { lat: rotterdam.lat, lon: rotterdam.lon }, 600, 400);
    const labels = placeLabels({ candidates, obstacles: [], width: 600, height: 400, zoom: 11 });
    expect(labels.map((l) => l.name)).toContain('Rotterdam');
    expect(labels.map((l) => l.name)).not.toContain('Amsterdam');
    expect(labels.every((l) => l.x >= 0 && l.x <= 600 && l.y >= 0 && l.y <= 400)).toBe(true);
  });
});
