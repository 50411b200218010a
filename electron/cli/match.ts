/**
 * `npm run match -- --place <town> --sector <text> --need "<text>" [--lat N --lon N] [--max-km N]
 *   [--kinds fieldlab,testsite,...] [--size micro|small|medium] [--limit N] [--lang nl|en] [--json]`
 * The same engine as the app's match:run, over the bundled catalogue. Exit codes: 0 answered,
 * 1 no answer possible (unknown place, no usable words, no catalogue), 2 wrong command line.
 * Every failure is one line on stderr, never a stack trace.
 */
import { parseArgs } from 'node:util';
import { RECORD_KINDS } from '../shared/catalogue/record';
import { explainReason } from '../shared/i18n/explain';
import { formatKm } from '../shared/i18n/format';
import { KIND_LABELS } from '../shared/i18n/labels';
import type { Lang } from '../shared/i18n/lang';
import { matchProfileSchema } from '../shared/matching/match-profile-schema';
import type { Match, MatchResult } from '../shared/matching/types';
import { CatalogueDb, CatalogueUnavailableError } from '../main/catalogue/catalogue-db';
import { echo, requestError } from '../shared/api/errors';
import { errorSentence, USAGE_ERRORS } from '../shared/i18n/error-texts';
import { catalogueFile } from '../main/catalogue/catalogue-files';
import { Matcher } from '../main/matching/matcher';

class UsageError extends Error {}
/** A value the app itself would refuse: said as the app says it, in the chosen language. */
class RefusedValue extends UsageError {}

const NO_WORDS: Record<Lang, (need: string) => string> = {
  nl: (need) =>
    `de vraag bevat geen woorden om op te zoeken ("${need}"): beschrijf hem in woorden, bijvoorbeeld --need "lasrobot"`,
  en: (need) => `the need has no words to search for ("${need}"): describe it in words, e.g. --need "welding robot"`,
};
/** A request the matcher cannot answer: one line, exit code 1. */
class NoAnswer extends Error {}

const USAGE = `Usage: npm run match -- --need "<what the company needs>" (--place <town or postcode> | --lat N --lon N)
                      [--sector <text>] [--max-km N] [--kinds ${RECORD_KINDS.join(',')}]
                      [--size micro|small|medium] [--limit N] [--lang nl|en] [--json]

Ranks the bundled catalogue for one company, as the app does, offline.
  --need     the question in the company's own words (Dutch or English), e.g. "lasrobot"
  --place    a Dutch town, municipality or 4-digit postcode, e.g. Apeldoorn or "7311 AB"
  --lat/--lon  a point instead of a place
  --json     one JSON object: query (place, sector, concepts, unmatchedWords), matches, flagged
Exit codes: 0 answered; 1 no answer possible (unknown place, no usable words, no catalogue);
            2 wrong command line.`;

/** The language asked for with --lang (Dutch unless English is asked), known before the rest is parsed. */
function chosenLang(argv: string[]): Lang {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'en' ? 'en' : 'nl';
}

/** Node's own parseArgs error as a sentence in the language. */
function parseArgsError(e: Error & { code?: string }, lang: Lang): UsageError {
  const t = USAGE_ERRORS[lang];
  const quoted = /'([^']+)'/.exec(e.message)?.[1]?.split(' ')[0] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(t.unknownOption(quoted));
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new UsageError(t.positional(quoted));
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new UsageError(/argument missing/.test(e.message) ? t.missingValue(quoted) : t.noValue(quoted));
  return new UsageError(e.message);
}

function number(name: string, value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UsageError(USAGE_ERRORS[lang].notANumber(name, value));
  return n;
}

function readArgs(argv: string[], lang: Lang) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        place: { type: 'string' },
        sector: { type: 'string' },
        need: { type: 'string' },
        lat: { type: 'string' },
        lon: { type: 'string' },
        'max-km': { type: 'string' },
        kinds: { type: 'string' },
        size: { type: 'string' },
        limit: { type: 'string' },
        lang: { type: 'string', default: 'nl' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw parseArgsError(e as Error, lang);
  }
}

function parseProfile(argv: string[]) {
  const lang = chosenLang(argv);
  const t = USAGE_ERRORS[lang];
  const { values } = readArgs(argv, lang);
  if (values.help) return null;
  if (values.lang !== 'nl' && values.lang !== 'en') throw new UsageError(t.lang(values.lang));
  if (values.need === undefined || values.need.trim() === '') throw new UsageError(t.needRequired);
  if (values.place === undefined && values.lat === undefined) throw new UsageError(t.placeRequired);
  if (values.place !== undefined && values.place.trim() === '') throw new UsageError(t.placeEmpty);
  const kinds = values.kinds?.split(',').map((k) => k.trim());
  const unknownKind = kinds?.find((k) => !(RECORD_KINDS as readonly string[]).includes(k));
  if (unknownKind) throw new UsageError(t.unknownKind(unknownKind, RECORD_KINDS));
  const parsed = matchProfileSchema.safeParse({
    place: values.place,
    sector: values.sector,
    need: values.need,
    lat: number('lat', values.lat, lang),
    lon: number('lon', values.lon, lang),
    maxKm: number('max-km', values['max-km'], lang),
    kinds,
    size: values.size,
    limit: number('limit', values.limit, lang),
  });
  if (!parsed.success) {
    // What the schema refused, said as the app says it, in the chosen language.
    throw new RefusedValue(errorSentence(requestError('match', parsed.error).error, lang, 'command-line'));
  }
  return { profile: parsed.data, lang, json: values.json };
}

function printTable(result: MatchResult, lang: Lang, matcher: Matcher): void {
  const q = result.query;
  const nl = lang === 'nl';
  const where = q.place
    ? `${q.place.name} (${q.place.province})${q.place.typed ? ` ← "${q.place.typed}"` : ''}`
    : q.origin
      ? `${q.origin.lat}, ${q.origin.lon}`
      : '-';
  console.log(`${nl ? 'Plaats' : 'Place'}: ${where}`);
  if (q.place?.alternatives.length)
    console.log(`  ${nl ? 'ook' : 'also'}: ${q.place.alternatives.map((a) => a.value).join('; ')}`);
  console.log(`${nl ? 'Sector' : 'Sector'}: ${q.sector.map((h) => matcher.label(h.concept, lang)).join(', ') || '-'}`);
  console.log(
    `${nl ? 'Behoeften' : 'Needs'}: ${q.concepts.map((h) => `${matcher.label(h.concept, lang)} (${h.how === 'exact' ? h.words : `${h.words} → ${h.term}`})`).join(', ') || '-'}`,
  );
  if (q.unmatchedWords.length) console.log(`${nl ? 'Niet herkend' : 'Not recognised'}: ${q.unmatchedWords.join(', ')}`);
  console.log('');
  const row = (m: Match, i: number | string) => {
    const bar = '█'.repeat(Math.round(m.score * 10)).padEnd(10, '·');
    const km = m.distanceKm === null ? (nl ? 'afstand ?' : 'distance ?') : formatKm(m.distanceKm, lang);
    console.log(
      `${String(i).padStart(2)}. ${bar} ${m.score.toFixed(2)}  ${m.name}  [${KIND_LABELS[lang][m.kind]}, ${km}]  ${m.id}`,
    );
    for (const r of m.reasons) console.log(`      - ${explainReason(r, lang, matcher.label)}`);
  };
  if (result.matches.length === 0) console.log(nl ? 'Geen passende records gevonden.' : 'No matching records found.');
  result.matches.forEach((m, i) => row(m, i + 1));
  if (result.flagged.length) {
    console.log(
      `\n${nl ? 'Beëindigd of opgegaan in een ander (geen optie meer):' : 'Ended or merged (no longer an option):'}`,
    );
    result.flagged.forEach((m) => row(m, '×'));
  }
}

function toJson(result: MatchResult, lang: Lang, matcher: Matcher) {
  const q = result.query;
  const out = (m: Match) => ({
    id: m.id,
    name: m.name,
    kind: m.kind,
    score: m.score,
    distanceKm: m.distanceKm,
    status: m.status,
    confidence: m.confidence,
    reasons: m.reasons.map((r) => explainReason(r, lang, matcher.label)),
  });
  return {
    query: {
      place: q.place
        ? {
            name: q.place.name,
            province: q.place.province,
            municipality: q.place.municipality,
            lat: q.place.lat,
            lon: q.place.lon,
            typed: q.place.typed,
            how: q.place.how,
            postcode: q.place.postcode,
            district: q.place.district,
            alternatives: q.place.alternatives,
          }
        : q.origin,
      sector: q.sector.map((h) => ({
        concept: h.concept,
        label: matcher.label(h.concept, lang),
        words: h.words,
        how: h.how,
      })),
      concepts: q.concepts.map((h) => ({
        concept: h.concept,
        label: matcher.label(h.concept, lang),
        words: h.words,
        term: h.term,
        how: h.how,
      })),
      unmatchedWords: q.unmatchedWords,
    },
    matches: result.matches.map(out),
    flagged: result.flagged.map(out),
  };
}

function main(): number {
  let args;
  try {
    args = parseProfile(process.argv.slice(2));
  } catch (e) {
    const hint = e instanceof RefusedValue ? '' : ` (${USAGE_ERRORS[chosenLang(process.argv.slice(2))].seeHelp})`;
    console.error(`match: ${(e as Error).message.split('\n')[0]}${hint}`);
    return 2;
  }
  if (args === null) {
    console.log(USAGE);
    return 0;
  }
  let catalogue: CatalogueDb | null = null;
  try {
    catalogue = CatalogueDb.open(catalogueFile(process.cwd()));
    const matcher = new Matcher(catalogue);
    const result = matcher.run(args.profile);
    if (!result.ok) throw new NoAnswer(errorSentence(result.error, args.lang, 'command-line'));
    const q = result.value.query;
    if (q.concepts.length === 0 && q.unmatchedWords.length === 0 && q.sector.length === 0) {
      throw new NoAnswer(NO_WORDS[args.lang](echo(args.profile.need)));
    }
    if (args.json) console.log(JSON.stringify(toJson(result.value, args.lang, matcher), null, 2));
    else printTable(result.value, args.lang, matcher);
    return 0;
  } catch (e) {
    // A known failure is its own sentence; anything else still gets one line, not a stack trace.
    const said =
      e instanceof NoAnswer
        ? e.message
        : e instanceof CatalogueUnavailableError
          ? `${errorSentence({ code: 'catalogue_unavailable', params: {} }, args.lang)} (${e.message})`
          : USAGE_ERRORS[args.lang].unexpected((e as Error).message);
    console.error(`match: ${said.split('\n')[0]}`);
    return 1;
  } finally {
    catalogue?.close();
  }
}

process.exitCode = main();
