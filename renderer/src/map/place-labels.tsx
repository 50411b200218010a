/**
 * Town and city names on the map, placed after every zoom, move and marker change so that they never
 * cover a marker, the star, a control or each other (electron/shared/geo/label-placement.ts). They are
 * decoration for sighted users: hidden from screen readers, which get the place in each marker's name.
 */
import type L from 'leaflet';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import {
  placeLabels,
  type LabelCandidate,
  type LabelPlace,
  type ScreenBox,
} from '../../../electron/shared/geo/label-placement';
import { api } from '../api/window-api';

let loading: Promise<LabelPlace[]> | null = null;

/** The labelable places, asked for once per run and only when a map first shows. */
export function usePlaceNames(): LabelPlace[] {
  const [places, setPlaces] = useState<LabelPlace[]>([]);
  useEffect(() => {
    loading ??= api()
      ['geo:labels']({})
      .then((r) => (r.ok ? r.value : []));
    let live = true;
    void loading.then((p) => live && setPlaces(p));
    return () => {
      live = false;
    };
  }, []);
  return places;
}

/** What a label's text must not cover: markers, clusters, the star, the catalogue's circles, the map's own controls. */
const OBSTACLES = '.leaflet-marker-icon, .leaflet-control, path.leaflet-interactive';
const FONT = '600 12px system-ui, sans-serif';
const TEXT_HEIGHT = 15;
const SETTLE_MS = 60;

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null = null;
function textWidth(name: string): number {
  let w = widths.get(name);
  if (w === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (context) context.font = FONT;
    // The halo around the text adds a few pixels on each side.
    w = Math.ceil((context ? context.measureText(name).width : name.length * 7) + 6);
    widths.set(name, w);
  }
  return w;
}

type Drawn = { name: string; dot: L.Point; text: L.Point };

/**
 * The place names, in their own pane under the markers; `always` is labelled whatever the zoom.
 * `markers` changes whenever markers move without coming or going (the star to a new place, a ranked
 * number to another record), so that the names are placed again around them.
 */
export function PlaceLabels({
  places,
  always,
  markers,
}: {
  places: LabelPlace[];
  always: LabelPlace | null;
  markers?: unknown;
}) {
  const map = useMap();
  const [pane] = useState(() => map.getPane('place-labels') ?? map.createPane('place-labels'));
  const [drawn, setDrawn] = useState<Drawn[]>([]);
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let timer = 0;
    const layout = () => {
      timer = 0;
      setSettled(true);
      const size = map.getSize();
      const origin = map.getContainer().getBoundingClientRect();
      const obstacles: ScreenBox[] = [...map.getContainer().querySelectorAll(OBSTACLES)].map((el) => {
        const r = el.getBoundingClientRect();
        return {
          left: r.left - origin.left - 2,
          top: r.top - origin.top - 2,
          right: r.right - origin.left + 2,
          bottom: r.bottom - origin.top + 2,
        };
      });
      const all = always ? [...places.filter((p) => p.name !== always.name), always] : places;
      const candidates = all.map((p): LabelCandidate => {
        const at = map.latLngToContainerPoint([p.lat, p.lon]);
        return {
          name: p.name,
          x: at.x,
          y: at.y,
          population: p.population,
          width: textWidth(p.name),
          height: TEXT_HEIGHT,
          always: p === always,
          abroad: p.abroad,
        };
      });
      const placed = placeLabels({ candidates, obstacles, width: size.x, height: size.y, zoom: map.getZoom() });
      setDrawn(
        placed.map((l) => ({
          name: l.name,
          dot: map.containerPointToLayerPoint([l.x, l.y]),
          text: map.containerPointToLayerPoint([l.box.left, l.box.top]),
        })),
      );
    };
    // Once the view has settled: markers and clusters move, come and go for a moment after a zoom.
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(layout, SETTLE_MS);
      setSettled(false);
    };
    schedule();
    // While the view moves the names are not placed yet (and a screenshot would catch them mid-way).
    const moving = () => setSettled(false);
    map.on('movestart zoomstart', moving);
    map.on('moveend zoomend viewreset resize', schedule);
    const container = map.getContainer();
    container.addEventListener('transitionend', schedule);
    const watch = new MutationObserver(schedule);
    for (const pane of ['markerPane', 'overlayPane'])
      watch.observe(map.getPane(pane)!, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['class'],
      });
    return () => {
      map.off('movestart zoomstart', moving);
      map.off('moveend zoomend viewreset resize', schedule);
      container.removeEventListener('transitionend', schedule);
      watch.disconnect();
      window.clearTimeout(timer);
    };
  }, [map, places, always, markers]);
  return createPortal(
    <div className="place-labels" aria-hidden="true" data-testid="place-labels" data-settled={settled}>
      {drawn.map((l) => (
        <div key={l.name + l.dot.x}>
          <span className="place-dot" style={{ transform: `translate(${l.dot.x}px, ${l.dot.y}px)` }} />
          <span
            className={`place-label${always?.name === l.name ? ' company-town' : ''}`}
            style={{ transform: `translate(${l.text.x}px, ${l.text.y}px)` }}
          >
            {l.name}
          </span>
        </div>
      ))}
    </div>,
    pane,
  );
}
