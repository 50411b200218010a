/**
 * The report's small map: a static SVG drawn from the bundled layers (no Leaflet, no tiles), so it prints
 * sharply and the same on every machine: a square around the company (a star) and the shortlisted places
 * (their numbers, pushed apart where they would overlap, with a line back to the place).
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';
import { layoutMarkers } from '../../../electron/shared/reports/marker-layout';

type Point = { lat: number; lon: number };
type Box = { west: number; south: number; east: number; north: number };

/** The map is a square of this many units (drawn 74 mm wide on the page). */
const SIZE = 300;
const MARKER_RADIUS = 10;
const STAR_RADIUS = 13;
/** At least this much of the country around the points (degrees of latitude), so the places can be told. */
const MIN_SPAN_LAT = 1.6;
const MARGIN = 0.12;

/** The points with a margin, at least MIN_SPAN_LAT tall, made square on the ground. */
function squareBox(points: Point[]): { box: Box; kx: number } {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const mid = points.length ? (Math.min(...lats) + Math.max(...lats)) / 2 : 52.2;
  const kx = Math.cos((mid * Math.PI) / 180);
  const [south, north] = points.length ? [Math.min(...lats), Math.max(...lats)] : [50.7, 53.6];
  const [west, east] = points.length ? [Math.min(...lons), Math.max(...lons)] : [3.3, 7.25];
  // Half the side in degrees of latitude; a degree of longitude is kx as long on the ground.
  const half = Math.max(
    MIN_SPAN_LAT / 2,
    ((north - south) / 2) * (1 + MARGIN),
    ((east - west) * kx * (1 + MARGIN)) / 2,
  );
  const cLat = (south + north) / 2;
  const cLon = (west + east) / 2;
  return { box: { west: cLon - half / kx, east: cLon + half / kx, south: cLat - half, north: cLat + half }, kx };
}

/** An equirectangular projection scaled for the box's middle latitude: good enough at this size. */
function projection(points: Point[]) {
  const { box, kx } = squareBox(points);
  const scale = SIZE / (box.north - box.south);
  return (lon: number, lat: number): [number, number] => [(lon - box.west) * kx * scale, (box.north - lat) * scale];
}

/** A five-pointed star around (x, y). */
function starPath(x: number, y: number, r: number): string {
  return (
    Array.from({ length: 10 }, (_, i) => {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const d = i % 2 ? r * 0.45 : r;
      return `${i ? 'L' : 'M'}${(x + d * Math.cos(a)).toFixed(1)} ${(y + d * Math.sin(a)).toFixed(1)}`;
    }).join('') + 'Z'
  );
}

function ringPath(ring: Position[], xy: (lon: number, lat: number) => [number, number]): string {
  return (
    ring
      .map(([lon, lat], i) => {
        const [x, y] = xy(lon, lat);
        return `${i ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
      })
      .join('') + 'Z'
  );
}

function geometryPath(g: Geometry, xy: (lon: number, lat: number) => [number, number]): string {
  if (g.type === 'Polygon') return g.coordinates.map((r) => ringPath(r, xy)).join('');
  if (g.type === 'MultiPolygon') return g.coordinates.flatMap((p) => p.map((r) => ringPath(r, xy))).join('');
  return '';
}

function Layer({
  fc,
  xy,
  className,
}: {
  fc: FeatureCollection;
  xy: (lon: number, lat: number) => [number, number];
  className: string;
}) {
  return (
    <g className={className}>
      {fc.features.map((f: Feature, i) => (
        <path key={i} d={geometryPath(f.geometry, xy)} />
      ))}
    </g>
  );
}

export function ReportMap({
  layers,
  origin,
  items,
  label,
}: {
  layers: BaseLayers;
  origin: Point | null;
  items: { rank: number; point: Point | null }[];
  label: string;
}) {
  const located = items.filter((i): i is { rank: number; point: Point } => i.point !== null);
  const xy = projection([...located.map((i) => i.point), ...(origin ? [origin] : [])]);
  const star = origin ? xy(origin.lon, origin.lat) : null;
  const markers = layoutMarkers(
    located.map(({ rank, point }) => ({ rank, at: xy(point.lon, point.lat) })),
    { radius: MARKER_RADIUS, gap: 2, size: SIZE, star, starRadius: STAR_RADIUS },
  );
  return (
    <svg className="report-map" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={label} data-testid="report-map">
      <rect width={SIZE} height={SIZE} className="sea" />
      <Layer fc={layers.otherLand} xy={xy} className="other-land" />
      <Layer fc={layers.countries} xy={xy} className="countries" />
      <Layer fc={layers.provinces} xy={xy} className="provinces" />
      <Layer fc={layers.water} xy={xy} className="water" />
      {/* A marker moved off its place points back to it. */}
      {markers
        .filter((m) => Math.hypot(m.at[0] - m.from[0], m.at[1] - m.from[1]) > MARKER_RADIUS / 2)
        .map((m) => (
          <g key={m.rank} className="leader">
            <line x1={m.from[0]} y1={m.from[1]} x2={m.at[0]} y2={m.at[1]} />
            <circle cx={m.from[0]} cy={m.from[1]} r={2} />
          </g>
        ))}
      {star && (
        <path className="company" d={starPath(star[0], star[1], STAR_RADIUS)} data-testid="report-map-company" />
      )}
      {markers.map(({ rank, at: [x, y] }) => (
        <g key={rank} className="item" transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}>
          <circle r={MARKER_RADIUS} />
          <text textAnchor="middle" dy="4">
            {rank}
          </text>
        </g>
      ))}
    </svg>
  );
}
