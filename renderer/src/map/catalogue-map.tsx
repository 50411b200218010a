/** The offline map: bundled land, water and province layers, a marker per located record. No tile server. */
import type { PathOptions } from 'leaflet';
import { useEffect } from 'react';
import { CircleMarker, GeoJSON, MapContainer, Tooltip, useMap } from 'react-leaflet';
import type { BaseLayers, RecordSummary } from '../../../electron/shared/api';
import type { RecordKind } from '../../../electron/shared/catalogue/record';
import { useI18n } from '../i18n/i18n';

/** Marker colours per kind, also used by the list's dots (see styles.css). */
export const KIND_COLOURS: Record<RecordKind, string> = {
  fieldlab: '#c2410c',
  testsite: '#7c3aed',
  crossborder: '#0f766e',
  institution: '#1d4ed8',
  hub: '#a16207',
};

const STYLE = {
  otherLand: { color: '#c9cfc4', weight: 0.5, fillColor: '#e4e7df', fillOpacity: 1 },
  countries: { color: '#8a948a', weight: 1, fillColor: '#eef0e8', fillOpacity: 1 },
  provinces: { color: '#9aa69a', weight: 0.8, dashArray: '3 3', fillColor: '#f7f8f2', fillOpacity: 1 },
  water: { color: '#9ec3d6', weight: 0.5, fillColor: '#cfe3ee', fillOpacity: 1 },
} satisfies Record<string, PathOptions>;

/** True when a record has a point that stands for a place one can visit. */
export const isMappable = (r: RecordSummary): boolean => r.lat !== null && r.lon !== null && r.precision !== 'no_site';

/** Credits the bundled layers in the current language. */
function Attribution({ text }: { text: string }) {
  const map = useMap();
  useEffect(() => {
    map.attributionControl.setPrefix('Leaflet');
    map.attributionControl.addAttribution(text);
    return () => void map.attributionControl.removeAttribution(text);
  }, [map, text]);
  return null;
}

function PanToSelected({ record }: { record: RecordSummary | undefined }) {
  const map = useMap();
  useEffect(() => {
    if (record && isMappable(record)) map.panTo([record.lat!, record.lon!], { animate: false });
  }, [map, record]);
  return null;
}

type Props = { layers: BaseLayers; records: RecordSummary[]; selectedId: string | null; onSelect: (id: string) => void };

export function CatalogueMap({ layers, records, selectedId, onSelect }: Props) {
  const { t } = useI18n();
  const [w, s, e, n] = layers.bounds;
  const located = records.filter(isMappable);
  const selected = records.find((r) => r.id === selectedId);
  return (
    <div className="map-wrap">
      <MapContainer
        className="map"
        bounds={[[50.7, 3.3], [53.6, 7.3]]}
        maxBounds={[[s, w], [n, e]]}
        minZoom={6}
        maxZoom={12}
        zoomSnap={0.25}
        aria-label={t.mapTitle}
      >
        <Attribution text={t.mapAttribution} />
        <GeoJSON data={layers.otherLand} style={STYLE.otherLand} interactive={false} />
        <GeoJSON data={layers.countries} style={STYLE.countries} interactive={false} />
        <GeoJSON data={layers.provinces} style={STYLE.provinces} interactive={false} />
        <GeoJSON data={layers.water} style={STYLE.water} interactive={false} />
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
        <PanToSelected record={selected} />
      </MapContainer>
      <p className="map-legend" data-testid="map-legend">
        {t.mapLegend(located.length, records.length - located.length)}
      </p>
    </div>
  );
}
