/**
 * The report's small map: a static SVG drawn from the bundled layers (no Leaflet, no tiles), so it prints
 * sharply and the same on every machine. The company is a square, each shortlisted place its number.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';

type Point = { lat: number; lon: number };
type Box = { west: number; south: number; east: number; north: number };

/** The Netherlands with a margin; grown to take in every point (a German centre, a Belgian lab). */
const NL: Box = { west: 3.3, south: 50.7, east: 7.25, north: 53.6 };
const WIDTH = 300;

function boxAround(points: Point[]): Box {
  const box = { ...NL };
  for (const p of points) {
    box.west = Math.min(box.west, p.lon - 0.2);
    box.east = Math.max(box.east, p.lon + 0.2);
    box.south = Math.min(box.south, p.lat - 0.15);
    box.north = Math.max(box.north, p.lat + 0.15);
  }
  return box;
}

/** An equirectangular projection scaled for the box's middle latitude: good enough at this size. */
function projection(box: Box) {
  const kx = Math.cos((((box.south + box.north) / 2) * Math.PI) / 180);
  const scale = WIDTH / ((box.east - box.west) * kx);
  const height = (box.north - box.south) * scale;
  const xy = (lon: number, lat: number): [number, number] => [(lon - box.west) * kx * scale, (box.north - lat) * scale];
  return { xy, height };
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

/** Markers closer than a marker's width (two centres in one town) are set around their common spot. */
function spread(markers: { rank: number; at: [number, number] }[]): { rank: number; at: [number, number] }[] {
  const MIN = 15;
  const groups: { rank: number; at: [number, number] }[][] = [];
  for (const m of markers) {
    const near = groups.find((g) => Math.hypot(g[0].at[0] - m.at[0], g[0].at[1] - m.at[1]) < MIN);
    if (near) near.push(m);
    else groups.push([m]);
  }
  return groups.flatMap((g) => {
    if (g.length === 1) return g;
    const [cx, cy] = g[0].at;
    const r = 9 + g.length;
    return g.map((m, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / g.length;
      return { rank: m.rank, at: [cx + r * Math.cos(a), cy + r * Math.sin(a)] as [number, number] };
    });
  });
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
  const box = boxAround([...located.map((i) => i.point), ...(origin ? [origin] : [])]);
  const { xy, height } = projection(box);
  return (
    <svg
      className="report-map"
      viewBox={`0 0 ${WIDTH} ${height.toFixed(0)}`}
      role="img"
      aria-label={label}
      data-testid="report-map"
    >
      <rect width={WIDTH} height={height} className="sea" />
      <Layer fc={layers.otherLand} xy={xy} className="other-land" />
      <Layer fc={layers.countries} xy={xy} className="countries" />
      <Layer fc={layers.provinces} xy={xy} className="provinces" />
      <Layer fc={layers.water} xy={xy} className="water" />
      {origin &&
        (() => {
          const [x, y] = xy(origin.lon, origin.lat);
          return <rect className="company" x={x - 5} y={y - 5} width={10} height={10} />;
        })()}
      {spread(located.map(({ rank, point }) => ({ rank, at: xy(point.lon, point.lat) }))).map(
        ({ rank, at: [x, y] }) => {
          return (
            <g key={rank} className="item" transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}>
              <circle r={8} />
              <text textAnchor="middle" dy="3.5">
                {rank}
              </text>
            </g>
          );
        },
      )}
    </svg>
  );
}
