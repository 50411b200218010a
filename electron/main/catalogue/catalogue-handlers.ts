/** The catalogue's and the map's channels. */
import type { ApiHandlers } from '../../shared/api';
import { apiError } from '../../shared/api/errors';
import type { PlaceResolver } from '../../shared/geo/place-resolver';
import type { CatalogueDb } from './catalogue-db';

type Handlers = Pick<
  ApiHandlers,
  | 'catalogue:meta'
  | 'catalogue:list'
  | 'catalogue:get'
  | 'catalogue:vocabulary'
  | 'geo:layers'
  | 'geo:suggest-places'
  | 'geo:resolve-place'
>;

export function catalogueHandlers(catalogue: CatalogueDb, places: PlaceResolver): Handlers {
  const vocabulary = catalogue.vocabulary();
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
    'geo:layers': () => ({ ok: true, value: catalogue.layers() }),
    'geo:suggest-places': ({ query, limit }) => ({ ok: true, value: places.suggest(query, limit) }),
    'geo:resolve-place': ({ place }) => ({ ok: true, value: places.resolve(place) }),
  };
}
