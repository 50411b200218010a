/** The offline map: bundled land, water and province layers, a marker per located record. No tile server. */
import { useEffect } from 'react';
import { CircleMarker, Tooltip, useMap } from 'react-leaflet';
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';
import { hasVisitablePoint, type RecordKind } from '../../../electron/shared/catalogue/record-basics';
import { useI18n } from '../i18n/i18n';
import { BaseMap } from './base-map';

/** Marker colours per kind, also used by the list's dots (see styles.css). */
export const KIND_COLOURS: Record<RecordKind, string> = {
  fieldlab: '#c2410c',
  testsite: '#7c3aed',
  crossborder: '#0f766e',
  institution: '#1d4ed8',
  hub: '#a16207',
};

function PanToSelected({ record }: { record: RecordSummary | undefined }) {
  const map = useMap();
  useEffect(() => {
    if (record && hasVisitablePoint(record)) map.panTo([record.lat!, record.lon!], { animate: false });
  }, [map, record]);
  return null;
}

type Props = {
  layers: BaseLayers;
  records: RecordSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
};

export function CatalogueMap({ layers, records, selectedId, onSelect }: Props) {
  const { t } = useI18n();
  const located = records.filter(hasVisitablePoint);
  const selected = records.find((r) => r.id === selectedId);
  return (
    <div className="map-wrap">
      <BaseMap layers={layers} label={t.mapTitle}>
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
      </BaseMap>
      <p className="map-legend" data-testid="map-legend">
        {t.mapLegend(located.length, records.length - located.length)}
      </p>
    </div>
  );
}
