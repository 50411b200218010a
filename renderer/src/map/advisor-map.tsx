/**
 * The advisor's map: the company, the matches as numbered markers coloured by rank, the other
 * records dimmed and clustered; selection follows the list both ways.
 */
import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import MarkerClusterGroup from 'react-leaflet-cluster';
import { Marker, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';
import { hasVisitablePoint } from '../../../electron/shared/catalogue/record-basics';
import type { Match } from '../../../electron/shared/matching/types';
import { rankTier } from './rank-colour';
import { useI18n } from '../i18n/i18n';

// No marker and no cluster bubble is a tab stop: the results list is the keyboard route (Ctrl+J).
const clusterClass = (L as unknown as { MarkerCluster?: { prototype: { options: L.MarkerOptions } } }).MarkerCluster;
if (clusterClass) clusterClass.prototype.options.keyboard = false;
import { BaseMap } from './base-map';

type Point = { lat: number; lon: number };

type Props = {
  layers: BaseLayers;
  records: RecordSummary[];
  matches: Match[];
  origin: Point | null;
  selectedId: string | null;
  picking: boolean;
  onSelect: (id: string) => void;
  onPlacePoint: (p: Point) => void;
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function numberedIcon(rank: number, selected: boolean, name: string): L.DivIcon {
  const size = selected ? 34 : 26;
  return L.divIcon({
    className: `match-marker${selected ? ' selected' : ''}`,
    // A class, not a style attribute: the page's CSP admits no inline styles.
    html: `<span class="rank-${rankTier(rank)}" aria-label="${escapeHtml(`${rank}. ${name}`)}">${rank}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

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

/** Fits the view to the company and the top matches whenever the set of top matches changes. */
function FitToResults({ points, trigger }: { points: [number, number][]; trigger: number }) {
  const map = useMap();
  const key = JSON.stringify(points);
  const last = useRef({ key: '', trigger: -1 });
  useEffect(() => {
    const fit: [number, number][] = JSON.parse(key);
    if (fit.length === 0 || (key === last.current.key && trigger === last.current.trigger)) return;
    last.current = { key, trigger };
    if (fit.length === 1) map.setView(fit[0], 10, { animate: false });
    else map.fitBounds(L.latLngBounds(fit), { padding: [40, 40], maxZoom: 11, animate: false });
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
  fitTrigger,
}: Props & { fitTrigger: number }) {
  const { t } = useI18n();
  const matchIds = useMemo(() => new Set(matches.map((m) => m.id)), [matches]);
  const others = records.filter((r) => hasVisitablePoint(r) && !matchIds.has(r.id));
  const shown = matches.filter(hasVisitablePoint);
  const fitPoints: [number, number][] = [
    ...(origin ? [[origin.lat, origin.lon] as [number, number]] : []),
    ...shown.slice(0, 8).map((m) => [m.lat!, m.lon!] as [number, number]),
  ];
  const selected = shown.find((m) => m.id === selectedId);
  return (
    <BaseMap layers={layers} label={t.mapTitle} className="advisor-map">
      <MarkerClusterGroup chunkedLoading showCoverageOnHover={false} maxClusterRadius={40}>
        {others.map((r) => (
          <Marker
            keyboard={false}
            key={r.id}
            position={[r.lat!, r.lon!]}
            icon={OTHER_ICON}
            title={r.name}
            eventHandlers={{ click: () => onSelect(r.id) }}
          />
        ))}
      </MarkerClusterGroup>
      {shown.map((m) => {
        const rank = matches.indexOf(m) + 1;
        const isSelected = m.id === selectedId;
        return (
          <Marker
            keyboard={false}
            key={`${m.id}-${rank}-${isSelected}`}
            position={[m.lat!, m.lon!]}
            icon={numberedIcon(rank, isSelected, m.name)}
            zIndexOffset={isSelected ? 2000 : 1000 - rank}
            title={`${rank}. ${m.name}`}
            eventHandlers={{ click: () => onSelect(m.id) }}
          >
            <Tooltip direction="top" offset={[0, -12]}>
              {rank}. {m.name}
            </Tooltip>
          </Marker>
        );
      })}
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
