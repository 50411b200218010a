/** The offline map: bundled land, water and province layers, a marker per located record. No tile server. */
import { useEffect } from 'react';
import { CircleMarker, Tooltip, useMap } from 'react-leaflet';
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';
import type { CatalogueRecord } from '../../../electron/shared/catalogue/validate-catalogue';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';
import { hasVisitablePoint, type RecordKind } from '../../../electron/shared/catalogue/record-basics';
import { useI18n } from '../i18n/i18n';
import { BaseMap } from './base-map';
import { PlaceLabels, usePlaceNames } from './place-labels';

/** Marker colours per kind, also used by the list's dots (see styles.css). */
export const KIND_COLOURS: Record<RecordKind, string> = {
  fieldlab: '#c2410c',
  testsite: '#7c3aed',
  crossborder: '#0f766e',
  institution: '#1d4ed8',
  hub: '#a16207',
};

/** Brings the selected record into view; with its other places, all of them. */
function PanToSelected({ record, places }: { record: RecordSummary | undefined; places: RecordPlace[] }) {
  const map = useMap();
  useEffect(() => {
    if (!record || !hasVisitablePoint(record)) return;
    if (places.length === 0) map.panTo([record.lat!, record.lon!], { animate: false });
    else
      map.fitBounds(
        [[record.lat!, record.lon!] as [number, number], ...places.map((p): [number, number] => [p.lat, p.lon])],
        { padding: [40, 40], maxZoom: 10, animate: false },
      );
  }, [map, record, places]);
  return null;
}

/** Another place of the opened record: one of its other sites, or a centre in a town of its own. */
export type RecordPlace = { key: string; lat: number; lon: number; name: string; kind: 'site' | 'centre' };

/** The other sites and the located centres of a record, each town once, the main point left out. */
export function placesOf(record: CatalogueRecord): RecordPlace[] {
  const seen = new Set([`${record.location.lat},${record.location.lon}`]);
  const out: RecordPlace[] = [];
  const add = (p: RecordPlace) => {
    const at = `${p.lat},${p.lon}`;
    if (!seen.has(at)) out.push(p);
    seen.add(at);
  };
  for (const s of record.otherSites) {
    if (s.lat !== null && s.lon !== null)
      add({ key: `site-${s.city}-${s.label}`, lat: s.lat, lon: s.lon, name: s.label ?? s.city, kind: 'site' });
  }
  for (const p of record.parts) {
    if (p.lat !== null && p.lon !== null)
      add({ key: `part-${p.id}`, lat: p.lat, lon: p.lon, name: p.name, kind: 'centre' });
  }
  return out;
}

type Props = {
  layers: BaseLayers;
  records: RecordSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The opened record's other places, drawn as rings in its colour. */
  places: RecordPlace[];
};

export function CatalogueMap({ layers, records, selectedId, onSelect, places }: Props) {
  const { t } = useI18n();
  const names = usePlaceNames();
  const located = records.filter(hasVisitablePoint);
  const selected = records.find((r) => r.id === selectedId);
  return (
    <div className="map-wrap">
      <BaseMap layers={layers} label={t.mapTitle}>
        <PlaceLabels places={names} always={null} />
        {located.map((r) => (
          <CircleMarker
            key={r.id}
            center={[r.lat!, r.lon!]}
            radius={r.id === selectedId ? 10 : 6}
            className={`record-marker kind-${r.kind} marker-${r.id}`}
            pathOptions={{
              color: r.id === selectedId ? '#111827' : '#ffffff',
              weight: r.id === selectedId ? 3 : 1.5,
              fillColor: KIND_COLOURS[r.kind],
              fillOpacity: r.status === 'ended' || r.status === 'merged' ? 0.35 : 0.9,
            }}
            eventHandlers={{ click: () => onSelect(r.id) }}
          >
            <Tooltip>
              <strong>{r.name}</strong>
              <br />
              {t.kind[r.kind]} · {r.city ?? r.region} · {t.precision[r.precision]}
            </Tooltip>
          </CircleMarker>
        ))}
        {selected &&
          places.map((p) => (
            <CircleMarker
              key={p.key}
              center={[p.lat, p.lon]}
              radius={7}
              className={`record-place place-${p.kind}`}
              pathOptions={{ color: KIND_COLOURS[selected.kind], weight: 3, fillColor: '#ffffff', fillOpacity: 0.9 }}
            >
              <Tooltip>
                <strong>{p.name}</strong>
                <br />
                {t.placeOf(p.kind, selected.name)}
              </Tooltip>
            </CircleMarker>
          ))}
        <PanToSelected record={selected} places={places} />
      </BaseMap>
      <p className="map-legend" data-testid="map-legend">
        {t.mapLegend(located.length, records.length - located.length)}
      </p>
    </div>
  );
}
