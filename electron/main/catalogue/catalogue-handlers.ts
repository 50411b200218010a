/** The catalogue's and the map's channels. */
import type { ApiHandlers } from '../../shared/api';
import { apiError } from '../../shared/api/errors';
import { labelPlaces } from '../../shared/geo/label-placement';
import { isInNetherlands } from '../../shared/geo/point-in-area';
import type { PlaceResolver } from '../../shared/geo/place-resolver';
import type { CatalogueDb } from './catalogue-db';

type Handlers = Pick<
  ApiHandlers,
  | 'catalogue:meta'
  | 'catalogue:list'
  | 'catalogue:get'
  | 'catalogue:vocabulary'
  | 'geo:layers'
  | 'geo:labels'
  | 'geo:suggest-places'
  | 'geo:resolve-place'
  | 'geo:locate-point'
>;

/**
 * The bundled outline is coarse (Vaals and Ameland's villages fall just outside it): a point is also
 * Dutch when a Dutch place lies this close.
 */
const NEAR_DUTCH_PLACE_KM = 2;

export function catalogueHandlers(catalogue: CatalogueDb, places: PlaceResolver): Handlers {
  const vocabulary = catalogue.vocabulary();
  const layers = catalogue.layers();
  const labels = labelPlaces(catalogue.gazetteer().places, catalogue.townsAbroad());
  return {
    'catalogue:meta': () => ({ ok: true, value: catalogue.meta() }),
    'catalogue:list': ({ kinds }) => ({ ok: true, value: catalogue.list(kinds) }),
    'catalogue:get': ({ id }) => {
      const record = catalogue.get(id);
      return record
        ? { ok: true, value: record }
        : apiError('not_found', `There is no record "${id}" in the catalogue.`);
    },
    'catalogue:vocabulary': () => ({ ok: true, value: vocabulary }),
    'geo:layers': () => ({ ok: true, value: layers }),
    'geo:labels': () => ({ ok: true, value: labels }),
    'geo:suggest-places': ({ query, limit }) => ({ ok: true, value: places.suggest(query, limit) }),
    'geo:resolve-place': ({ place }) => ({ ok: true, value: places.resolve(place) }),
    'geo:locate-point': ({ lat, lon }) => {
      const near = places.nearest(lat, lon);
      const nearest = near && {
        name: near.place.name,
        province: near.place.province,
        km: Math.round(near.km * 10) / 10,
      };
      const inNetherlands = isInNetherlands(layers, lat, lon) || (!!near && near.km <= NEAR_DUTCH_PLACE_KM);
      return { ok: true, value: { inNetherlands, nearest } };
    },
  };
}
