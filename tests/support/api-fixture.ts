/** The real handlers over a freshly built catalogue, with a typed call that keeps the contract's types in tests. */
import { dispatch } from '../../electron/main/api/dispatch';
import { createApiHandlers } from '../../electron/main/api/handlers';
import { CatalogueDb } from '../../electron/main/catalogue/catalogue-db';
import type { ApiHandlers, ApiRequest, ApiResponses, Channel, Result } from '../../electron/shared/api';
import { buildTempCatalogue } from './catalogue-fixture';
import { openUserDataFixture, type UserDataFixture } from './user-data-fixture';

export type ApiFixture = {
  handlers: ApiHandlers;
  catalogue: CatalogueDb;
  user: UserDataFixture;
  /** Links handed to the system browser. */
  opened: string[];
  /** Texts put on the clipboard. */
  copied: string[];
  /** One call through the validating dispatcher, as the preload and the test transport make it. */
  call: <C extends Channel>(channel: C, request: ApiRequest<C>) => Promise<Result<ApiResponses[C]>>;
  /** A call with anything at all, as a hostile page could make it. */
  callRaw: (channel: unknown, request: unknown) => Promise<Result<unknown>>;
  close: () => void;
};

/** Builds the real catalogue into a temp folder and the handlers over it; `userDir` holds a user database made beforehand. */
export function openApiFixture(options: { userDir?: string } = {}): ApiFixture {
  const built = buildTempCatalogue();
  const catalogue = CatalogueDb.open(built.file);
  const opened: string[] = [];
  const copied: string[] = [];
  const user = openUserDataFixture(options.userDir);
  const handlers = createApiHandlers({
    catalogue,
    userData: user.userData,
    openExternal: async (url) => void opened.push(url),
    copyText: (text) => void copied.push(text),
    files: user.files,
    // PDFs are printed by a browser: the end-to-end tests check them.
    printReport: async () => {
      throw new Error('printing needs a browser');
    },
  });
  return {
    handlers,
    catalogue,
    user,
    opened,
    copied,
    call: (channel, request) => dispatch(handlers, channel, request) as never,
    callRaw: (channel, request) => dispatch(handlers, channel, request),
    close: () => {
      catalogue.close();
      user.cleanup();
      built.cleanup();
    },
  };
}
