/**
 * The advisor's map: the company, the matches as numbered markers coloured by rank, the other
 * records dimmed and grouped under "+N" tags, the names of towns; selection follows the list both ways.
 */
import L from 'leaflet';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import MarkerClusterGroup from 'react-leaflet-cluster';
import { Marker, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';
import { distanceKm } from '../../../electron/shared/geo/distance';
import type { LabelPlace } from '../../../electron/shared/geo/label-placement';
import { hasVisitablePoint } from '../../../electron/shared/catalogue/record-basics';
import type { Match } from '../../../electron/shared/matching/types';
import { rankTier } from './rank-colour';
import { useI18n } from '../i18n/i18n';

// No marker and no cluster bubble is a tab stop: the results list is the keyboard route (Ctrl+J).
const clusterClass = (L as unknown as { MarkerCluster?: { prototype: { options: L.MarkerOptions } } }).MarkerCluster;
if (clusterClass) clusterClass.prototype.options.keyboard = false;
import { BaseMap } from './base-map';
import { PlaceLabels, usePlaceNames } from './place-labels';

type Point = { lat: number; lon: number };
type Offset = [number, number];

type Props = {
  layers: BaseLayers;
  records: RecordSummary[];
  matches: Match[];
  origin: Point | null;
  selectedId: string | null;
  picking: boolean;
  onSelect: (id: string) => void;
  onPlacePoint: (p: Point) => void;
  /** The company's town as typed and found; without one, the labelled town nearest to the company. */
  companyTown: { name: string; lat: number; lon: number } | null;
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function numberedIcon(rank: number, selected: boolean, name: string, [dx, dy]: Offset): L.DivIcon {
  const size = selected ? 34 : 26;
  return L.divIcon({
    className: `match-marker${selected ? ' selected' : ''}${dx || dy ? ' nudged' : ''}`,
    // A class, not a style attribute: the page's CSP admits no inline styles.
    html: `<span class="rank-${rankTier(rank)}" aria-label="${escapeHtml(`${rank}. ${name}`)}">${rank}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2 - dx, size / 2 - dy],
  });
}

/** A group of other records: a grey dashed "+N" tag, never a filled number that could pass for a rank. */
function clusterIcon(label: (n: number) => string) {
  // leaflet.markercluster ships no types; a cluster is asked only for its count.
  return (cluster: { getChildCount: () => number }) => {
    const n = cluster.getChildCount();
    return L.divIcon({
      className: 'other-cluster',
      html: `<span role="img" aria-label="${escapeHtml(label(n))}">+${n}</span>`,
      iconSize: [36, 20],
      iconAnchor: [18, 10],
    });
  };
}

const STAR_RADIUS = 15;

/**
 * Where a ranked marker is drawn when it would sit under the company's star: just beside it, on the
 * side it lies (or fanned out when it is on the very spot). Pixels at the current zoom.
 */
function offsetsFromStar(map: L.Map, star: Point | null, markers: { id: string; lat: number; lon: number }[]) {
  const out = new Map<string, Offset>();
  if (!star) return out;
  const s = map.latLngToContainerPoint([star.lat, star.lon]);
  // Half the star plus half the largest (selected) marker, and a little air.
  const reach = STAR_RADIUS + 17 + 2;
  let fanned = 0;
  for (const m of markers) {
    const p = map.latLngToContainerPoint([m.lat, m.lon]);
    const [vx, vy] = [p.x - s.x, p.y - s.y];
    const d = Math.hypot(vx, vy);
    if (Math.abs(vx) >= reach || Math.abs(vy) >= reach) continue;
    const angle = d > 2 ? Math.atan2(vy, vx) : -Math.PI / 4 + (fanned++ * Math.PI) / 3;
    // Far enough along that side for the two square icons to clear each other, not only their circles.
    const [cx, cy] = [Math.cos(angle), Math.sin(angle)];
    const r = reach / Math.max(Math.abs(cx), Math.abs(cy));
    out.set(m.id, [Math.round(s.x + cx * r - p.x), Math.round(s.y + cy * r - p.y)]);
  }
  return out;
}

/** The ranked markers, each kept clear of the star at every zoom. */
function RankedMarkers({
  shown,
  matches,
  origin,
  selectedId,
  onSelect,
}: {
  shown: Match[];
  matches: Match[];
  origin: Point | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const points = shown.map((m) => ({ id: m.id, lat: m.lat!, lon: m.lon! }));
  const key = `${zoom} ${origin?.lat} ${origin?.lon} ${JSON.stringify(points)}`;
  // Recomputed only when the zoom, the star or the points change: `key` says when.
  const offsets = useMemo(() => offsetsFromStar(map, origin, points), [map, key]);
  return shown.map((m) => {
    const rank = matches.indexOf(m) + 1;
    const isSelected = m.id === selectedId;
    return (
      <Marker
        keyboard={false}
        key={`${m.id}-${rank}-${isSelected}`}
        position={[m.lat!, m.lon!]}
        icon={numberedIcon(rank, isSelected, m.name, offsets.get(m.id) ?? [0, 0])}
        zIndexOffset={isSelected ? 2000 : 1000 - rank}
        title={`${rank}. ${m.name}`}
        eventHandlers={{ click: () => onSelect(m.id) }}
      >
        <Tooltip direction="top" offset={[0, -12]}>
          {rank}. {m.name}
        </Tooltip>
      </Marker>
    );
  });
}

const km = (a: Point, b: Point) => distanceKm(a.lat, a.lon, b.lat, b.lon);

/** The town to label whatever the zoom: the one typed, or else the labelled town nearest the company (within 15 km). */
function townToLabel(places: LabelPlace[], town: Props['companyTown'], origin: Point | null): LabelPlace | null {
  if (town) {
    const known = places.find((p) => p.name === town.name && km(p, town) < 5);
    return known ?? { ...town, population: 0, rank: 0 };
  }
  if (!origin || places.length === 0) return null;
  const nearest = places.reduce((a, b) => (km(a, origin) <= km(b, origin) ? a : b));
  return km(nearest, origin) <= 15 ? nearest : null;
}

/**
 * The other records, grouped. Drawn again only when the set changes, and each keeps the same
 * position array: a new one would make react-leaflet move the marker, and the cluster group take
 * it out and put it back, for every record on every answer.
 */
const OtherMarkers = memo(function OtherMarkers({
  others,
  groupLabel,
  onSelect,
}: {
  others: RecordSummary[];
  groupLabel: (n: number) => string;
  onSelect: (id: string) => void;
}) {
  const positions = useRef(new Map<string, [number, number]>());
  const handlers = useRef(new Map<string, L.LeafletEventHandlerFnMap>());
  const at = (r: RecordSummary) => {
    let p = positions.current.get(r.id);
    if (!p || p[0] !== r.lat || p[1] !== r.lon) positions.current.set(r.id, (p = [r.lat!, r.lon!]));
    return p;
  };
  const on = (id: string) => {
    let h = handlers.current.get(id);
    if (!h) handlers.current.set(id, (h = { click: () => onSelect(id) }));
    return h;
  };
  return (
    <MarkerClusterGroup
      chunkedLoading
      showCoverageOnHover={false}
      maxClusterRadius={40}
      iconCreateFunction={clusterIcon(groupLabel)}
    >
      {others.map((r) => (
        <Marker
          keyboard={false}
          key={r.id}
          position={at(r)}
          icon={OTHER_ICON}
          title={r.name}
          eventHandlers={on(r.id)}
        />
      ))}
    </MarkerClusterGroup>
  );
});

const OTHER_ICON = L.divIcon({
  className: 'other-marker',
  html: '<span></span>',
  iconSize: [10, 10],
  iconAnchor: [5, 5],
});
const COMPANY_ICON = L.divIcon({
  className: 'company-marker',
  html: '<span>★</span>',
  iconSize: [30, 30],
  iconAnchor: [15, 15],
});

function PickOnClick({ picking, onPlacePoint }: { picking: boolean; onPlacePoint: (p: Point) => void }) {
  const map = useMapEvents({
    click: (e) => {
      if (picking)
        onPlacePoint({ lat: Math.round(e.latlng.lat * 1e4) / 1e4, lon: Math.round(e.latlng.lng * 1e4) / 1e4 });
    },
  });
  useEffect(() => {
    map.getContainer().classList.toggle('picking', picking);
  }, [map, picking]);
  return null;
}

/**
 * Fits the view to the company and the top matches whenever the set of top matches changes or the
 * advisor asks; clear of the zoom buttons (top left) and the credits (bottom right). A map that is
 * folded away fits when it shows again.
 */
function FitToResults({ points, trigger }: { points: [number, number][]; trigger: number }) {
  const map = useMap();
  const key = JSON.stringify(points);
  const last = useRef({ key: '', trigger: -1 });
  const pending = useRef(false);
  useEffect(() => {
    const fit = () => {
      map.invalidateSize({ animate: false });
      const size = map.getSize();
      const points: [number, number][] = JSON.parse(key);
      if (size.x < 50 || size.y < 50) return void (pending.current = true);
      pending.current = false;
      if (points.length === 1) map.setView(points[0], 10, { animate: false });
      else
        map.fitBounds(L.latLngBounds(points), {
          paddingTopLeft: [56, 30],
          paddingBottomRight: [30, 34],
          maxZoom: 11,
          animate: false,
        });
    };
    const onResize = () => pending.current && fit();
    map.on('resize', onResize);
    if (key !== '[]' && (key !== last.current.key || trigger !== last.current.trigger)) {
      last.current = { key, trigger };
      fit();
    }
    return () => void map.off('resize', onResize);
  }, [map, key, trigger]);
  return null;
}

function PanToSelected({ point }: { point: [number, number] | null }) {
  const map = useMap();
  useEffect(() => {
    if (point && !map.getBounds().pad(-0.1).contains(point)) map.panTo(point, { animate: false });
  }, [map, point]);
  return null;
}

export function AdvisorMap({
  layers,
  records,
  matches,
  origin,
  selectedId,
  picking,
  onSelect,
  onPlacePoint,
  companyTown,
  fitTrigger,
}: Props & { fitTrigger: number }) {
  const { t, lang } = useI18n();
  const places = usePlaceNames();
  const town = useMemo(
    () => townToLabel(places, companyTown, origin),
    [places, companyTown?.name, companyTown?.lat, companyTown?.lon, origin?.lat, origin?.lon],
  );
  const others = useMemo(() => {
    const matchIds = new Set(matches.map((m) => m.id));
    return records.filter((r) => hasVisitablePoint(r) && !matchIds.has(r.id));
  }, [records, matches]);
  const shown = matches.filter(hasVisitablePoint);
  // What moves markers without adding or removing them: a new answer, the star at a new place.
  const markersMoved = useMemo(() => ({}), [matches, origin?.lat, origin?.lon]);
  const fitPoints: [number, number][] = [
    ...(origin ? [[origin.lat, origin.lon] as [number, number]] : []),
    ...shown.slice(0, 8).map((m) => [m.lat!, m.lon!] as [number, number]),
  ];
  const selected = shown.find((m) => m.id === selectedId);
  return (
    <BaseMap layers={layers} label={t.mapTitle} className="advisor-map">
      <PlaceLabels places={places} always={town} markers={markersMoved} />
      <OtherMarkers key={lang} others={others} groupLabel={t.mapKey.groupLabel} onSelect={onSelect} />
      <RankedMarkers shown={shown} matches={matches} origin={origin} selectedId={selectedId} onSelect={onSelect} />
      {origin && (
        <Marker
          keyboard={false}
          position={[origin.lat, origin.lon]}
          icon={COMPANY_ICON}
          draggable
          zIndexOffset={3000}
          title={t.companyMarker}
          eventHandlers={{
            dragend: (e) => {
              const p = (e.target as L.Marker).getLatLng();
              onPlacePoint({ lat: Math.round(p.lat * 1e4) / 1e4, lon: Math.round(p.lng * 1e4) / 1e4 });
            },
          }}
        >
          <Tooltip>{t.companyMarker}</Tooltip>
        </Marker>
      )}
      <PickOnClick picking={picking} onPlacePoint={onPlacePoint} />
      <FitToResults points={fitPoints} trigger={fitTrigger} />
      <PanToSelected point={selected ? [selected.lat!, selected.lon!] : null} />
    </BaseMap>
  );
}
