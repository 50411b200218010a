/** The typed API the preload (or, in end-to-end tests, the test transport) puts on window. */
import type { Api } from '../../electron/shared/api';

declare global {
  interface Window {
    fieldlab: Api;
  }
}

/** The API; every call answers with a Result. */
export const api = (): Api => window.fieldlab;
