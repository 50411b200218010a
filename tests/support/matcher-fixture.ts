/** The matching engine over the real catalogue, built into a temp folder once per test file. */
import { CatalogueDb } from '../../electron/main/catalogue/catalogue-db';
import { Matcher } from '../../electron/main/matching/matcher';
import type { MatchProfile, MatchResult } from '../../electron/shared/matching/types';
import { buildTempCatalogue } from './catalogue-fixture';

export function openMatcher(): {
  matcher: Matcher;
  catalogue: CatalogueDb;
  file: string;
  run: (profile: MatchProfile) => MatchResult;
  close: () => void;
} {
  const built = buildTempCatalogue();
  const catalogue = CatalogueDb.open(built.file);
  const matcher = new Matcher(catalogue);
  return {
    matcher,
    catalogue,
    file: built.file,
    run: (profile) => {
      const r = matcher.run(profile);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    },
    close: () => {
      catalogue.close();
      built.cleanup();
    },
  };
}
