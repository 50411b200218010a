/** The main process's API handlers, free of Electron so plain Node (tests, test transport) can run them. */
import type { ApiHandlers } from '../../shared/api';
import { checkExternalUrl } from '../../shared/security/external-url';
import type { CatalogueDb } from '../catalogue/catalogue-db';
import { PlaceResolver } from '../../shared/geo/place-resolver';
import { Matcher } from '../matching/matcher';

export type HandlerDeps = {
  catalogue: CatalogueDb;
  /** Hands a checked URL to the system browser (shell.openExternal in the app). */
  openExternal: (url: string) => Promise<void>;
};

/** Builds the handlers over an opened catalogue. */
export function createApiHandlers({ catalogue, openExternal }: HandlerDeps): ApiHandlers {
  const places = PlaceResolver.fromGazetteer(catalogue.gazetteer());
  const vocabulary = catalogue.vocabulary();
  const matcher = new Matcher(catalogue, places);
  return {
    'catalogue:meta': () => ({ ok: true, value: catalogue.meta() }),
    'catalogue:list': ({ kinds }) => ({ ok: true, value: catalogue.list(kinds) }),
    'catalogue:get': ({ id }) => {
      const record = catalogue.get(id);
      return record
        ? { ok: true, value: record }
        : { ok: false, error: `There is no record "${id}" in the catalogue.` };
    },
    'geo:layers': () => ({ ok: true, value: catalogue.layers() }),
    'match:run': (profile) => matcher.run(profile),
    'geo:suggest-places': ({ query, limit }) => ({ ok: true, value: places.suggest(query, limit) }),
    'catalogue:vocabulary': () => ({ ok: true, value: vocabulary }),
    'geo:resolve-place': ({ place }) => ({ ok: true, value: places.resolve(place) }),
    'shell:open-external': async ({ url }) => {
      const checked = checkExternalUrl(url);
      if (!checked.ok) return checked;
      await openExternal(checked.url);
      return { ok: true, value: { opened: checked.url } };
    },
  };
}
