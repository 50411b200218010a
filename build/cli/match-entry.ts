/**
 * The compiled command line's entry (bundled by build/cli/run-match.js): the catalogue is rebuilt
 * first when data/ changed, as `npm run build:data:if-stale` does, then the question is answered.
 * The words stemmed while building the matcher are kept beside the bundle for the next run.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rememberStems, stemsSoFar } from '../../electron/shared/text/word-forms';
import type { Lang } from '../../electron/shared/i18n/lang';
import { buildCatalogue, catalogueFileFor, DEFAULT_DATA_DIR, isCatalogueFresh } from '../catalogue/build-catalogue';
import { formatValidationError } from '../../electron/shared/catalogue/validate-catalogue';

/** True when the catalogue is current or was just rebuilt; prints the data problems otherwise. */
function catalogueReady(): boolean {
  const outFile = catalogueFileFor(DEFAULT_DATA_DIR);
  // One hash over the source files, compared with the one stored in the catalogue: a few milliseconds.
  if (isCatalogueFresh(DEFAULT_DATA_DIR, outFile)) return true;
  const result = buildCatalogue(DEFAULT_DATA_DIR, outFile);
  if (!result.ok) {
    console.error(`Catalogue not built: ${result.errors.length} problem(s) in the data. Nothing was written.`);
    for (const e of result.errors) console.error(`  ${formatValidationError(e)}`);
    return false;
  }
  // stderr, so that --json keeps stdout to its one JSON object.
  console.error(`Catalogue built: ${result.records} records -> ${outFile}`);
  return true;
}

// Beside the bundle; run-match.js deletes it whenever the bundle (and so the stemming code) is rebuilt.
const STEMS_FILE = fileURLToPath(new URL('./stems.json', import.meta.url));
type KeptStems = Record<Lang, [string, string][]>;

/** The stems an earlier run kept; none when there is no file or it cannot be read. */
function keptStems(): number {
  try {
    const kept = JSON.parse(readFileSync(STEMS_FILE, 'utf8')) as KeptStems;
    rememberStems('nl', kept.nl);
    rememberStems('en', kept.en);
    return kept.nl.length + kept.en.length;
  } catch {
    return 0;
  }
}

/** Keeps this run's stems when there are new ones; written whole and then renamed, so parallel runs never read half a file. */
function keepStems(before: number): void {
  const now: KeptStems = { nl: stemsSoFar('nl'), en: stemsSoFar('en') };
  if (now.nl.length + now.en.length <= before) return;
  try {
    const partial = `${STEMS_FILE}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(now));
    renameSync(partial, STEMS_FILE);
  } catch {
    // Only a cache: the next run stems again.
  }
}

if (catalogueReady()) {
  const before = keptStems();
  await import('../../electron/cli/match');
  keepStems(before);
} else process.exitCode = 1;
