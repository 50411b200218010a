/** The offline base map shared by both views: bundled land, provinces and water, credited. No tile server. */
import type { PathOptions } from 'leaflet';
import { useEffect, type ReactNode } from 'react';
import { GeoJSON, MapContainer, useMap } from 'react-leaflet';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';
import { useI18n } from '../i18n/i18n';

const STYLE = {
  otherLand: { color: '#c9cfc4', weight: 0.5, fillColor: '#e4e7df', fillOpacity: 1 },
  countries: { color: '#8a948a', weight: 1, fillColor: '#eef0e8', fillOpacity: 1 },
  provinces: { color: '#9aa69a', weight: 0.8, dashArray: '3 3', fillColor: '#f7f8f2', fillOpacity: 1 },
  water: { color: '#9ec3d6', weight: 0.5, fillColor: '#cfe3ee', fillOpacity: 1 },
} satisfies Record<string, PathOptions>;

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

/** A map of the Netherlands and its neighbours from the bundled layers, with `children` on top. */
export function BaseMap({
  layers,
  label,
  className,
  children,
}: {
  layers: BaseLayers;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [w, s, e, n] = layers.bounds;
  return (
    <MapContainer
      className={`map ${className ?? ''}`}
      bounds={[
        [50.7, 3.3],
        [53.6, 7.3],
      ]}
      maxBounds={[
        [s, w],
        [n, e],
      ]}
      minZoom={6}
      maxZoom={13}
      zoomSnap={0.25}
      aria-label={label}
    >
      <Attribution text={t.mapAttribution} />
      <GeoJSON data={layers.otherLand} style={STYLE.otherLand} interactive={false} />
      <GeoJSON data={layers.countries} style={STYLE.countries} interactive={false} />
      <GeoJSON data={layers.provinces} style={STYLE.provinces} interactive={false} />
      <GeoJSON data={layers.water} style={STYLE.water} interactive={false} />
      {children}
    </MapContainer>
  );
}
