/**
 * Every API error code as a sentence in the user's language that says what to do: one table for the
 * screen and the command line.
 */
import type { ApiErrorCode, ApiErrorParams } from '../api/errors';
import type { Lang } from './lang';

/** Field names as the user sees them. */
const FIELD_NL: Record<string, string> = {
  need: 'de vraag',
  place: 'de plaats',
  sector: 'de sector',
  query: 'de zoektekst',
  url: 'het webadres',
  kinds: 'de soorten',
  excludeConcepts: "de weggehaalde thema's",
  lat: 'de plek',
  lon: 'de plek',
  maxKm: 'de maximale afstand',
  limit: 'het aantal resultaten',
  size: 'de omvang van het bedrijf',
};

function invalidRequestNl(p: ApiErrorParams): string {
  const field = FIELD_NL[(p.field ?? '').split('.')[0]] ?? 'een veld';
  if (p.problem === 'too_long' && p.limit)
    return `${capitalise(field)} is te lang: maximaal ${p.limit} tekens. Maak de tekst korter.`;
  if (p.problem === 'too_long') return 'Dit verzoek is veel te groot voor de app. Maak de tekst korter.';
  if (p.problem === 'too_many' && p.limit) return `Te veel keuzes voor ${field}: maximaal ${p.limit}.`;
  if (p.problem === 'too_few') return `Kies minstens één optie voor ${field}.`;
  if (p.problem === 'out_of_range' && p.limit !== undefined)
    return `${capitalise(field)} valt buiten wat de app aankan (grens: ${p.limit}). Kies een andere waarde.`;
  return `De app kon ${field} niet lezen. Controleer wat er staat en probeer het opnieuw.`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Field names as the screen calls them. */
const FIELD_EN: Record<string, string> = {
  need: 'the question',
  place: 'the location',
  sector: 'the sector',
  query: 'the search text',
  url: 'the web address',
  kinds: 'the kinds',
  excludeConcepts: 'the removed themes',
  lat: 'the point',
  lon: 'the point',
  maxKm: 'the maximum distance',
  limit: 'the number of results',
  size: 'the company size',
};

function invalidRequestEn(p: ApiErrorParams): string {
  const field = FIELD_EN[(p.field ?? '').split('.')[0]] ?? 'a field';
  if (p.problem === 'too_long' && p.limit)
    return `${capitalise(field)} is too long: at most ${p.limit} characters. Please shorten it.`;
  if (p.problem === 'too_long') return 'This request is far too large for the app. Please shorten the text.';
  if (p.problem === 'too_many' && p.limit) return `Too many choices for ${field}: at most ${p.limit}.`;
  if (p.problem === 'too_few') return `Choose at least one option for ${field}.`;
  if (p.problem === 'out_of_range' && p.limit !== undefined)
    return `${capitalise(field)} is beyond what the app handles (limit: ${p.limit}). Choose another value.`;
  return `The app could not read ${field}. Check what it says and try again.`;
}

export const ERROR_TEXTS: Record<Lang, Record<ApiErrorCode, (p: ApiErrorParams) => string>> = {
  nl: {
    unknown_channel: () =>
      'De app vroeg iets wat niet bestaat. Start de app opnieuw; blijft dit gebeuren, meld het dan.',
    invalid_request: (p: ApiErrorParams) => invalidRequestNl(p),
    point_outside: () => 'Dat punt ligt buiten Nederland. Kies een plek in Nederland op de kaart.',
    not_found: () => 'Dit record staat niet (meer) in de catalogus.',
    need_empty: () => 'Beschrijf wat het bedrijf nodig heeft, bijvoorbeeld "lasrobot" of "machines vallen vaak uit".',
    place_empty: () => 'Vul een plaats, gemeente of postcode in.',
    place_unknown: (p: ApiErrorParams) =>
      `"${p.typed ?? ''}" is geen Nederlandse plaats, gemeente of postcode die we kennen.${p.suggestions?.length ? ` Bedoelt u ${p.suggestions.join(', ')}?` : ''} U kunt de plek ook op de kaart kiezen.`,
    postcode_unknown: (p: ApiErrorParams) =>
      `Postcode ${(p.typed ?? '').slice(0, 4)} staat niet in de offline postcodelijst (GeoNames, 2018). Controleer de cijfers, of typ de plaats of gemeente.`,
    link_refused: () => 'Deze link opent de app niet: alleen gewone webadressen (http of https) uit de catalogus.',
    catalogue_unavailable: () =>
      'De catalogus kan niet worden gelezen. Installeer de app opnieuw of bouw de catalogus met "npm run build:data".',
    company_not_found: () => 'Dit bedrijf staat niet (meer) in uw gegevens. Kies het opnieuw uit de lijst.',
    visit_not_found: () =>
      'Dit bezoek staat niet (meer) in uw gegevens. Open het opnieuw vanuit de lijst van het bedrijf.',
    user_data_unavailable: () =>
      'Uw eigen gegevens kunnen nu niet worden gelezen. Er is niets verwijderd; start de app opnieuw.',
    backup_invalid: (p: ApiErrorParams) =>
      `Dit bestand is geen back-up van Fieldlab Finder${p.reason === 'newer' ? ' van deze versie: het komt van een nieuwere versie van de app' : p.reason === 'unreadable' ? ': het is beschadigd of geen database' : ''}. Er is niets veranderd; kies een back-up die de app zelf maakte (een .sqlite-bestand).`,
    save_failed: () =>
      'Het bestand kon niet worden opgeslagen. Kies een andere map (bijvoorbeeld Documenten) en probeer het opnieuw.',
    nothing_to_export: () =>
      'Er is nog geen bezoek opgeslagen, dus er is niets om op te slaan. Bewaar eerst een bezoek aan een bedrijf.',
    internal: () => 'Er ging iets mis in de app. Probeer het opnieuw; blijft dit gebeuren, start de app dan opnieuw.',
  },
  en: {
    unknown_channel: () =>
      'The app asked for something that does not exist. Restart the app; if this keeps happening, report it.',
    invalid_request: (p: ApiErrorParams) => invalidRequestEn(p),
    point_outside: () => 'That point lies outside the Netherlands. Pick a spot in the Netherlands on the map.',
    not_found: () => 'This record is not (or no longer) in the catalogue.',
    need_empty: () =>
      'Describe what the company needs, for example "welding robot" or "our machines often break down".',
    place_empty: () => 'Type a town, municipality or postcode.',
    place_unknown: (p: ApiErrorParams) =>
      `"${p.typed ?? ''}" is not a Dutch town, municipality or postcode we know.${p.suggestions?.length ? ` Did you mean ${p.suggestions.join(', ')}?` : ''} You can also pick the spot on the map.`,
    postcode_unknown: (p: ApiErrorParams) =>
      `Postcode ${(p.typed ?? '').slice(0, 4)} is not in the offline postcode list (GeoNames, 2018). Check the digits, or type the town or municipality.`,
    link_refused: () => 'The app does not open this link: only plain web addresses (http or https) from the catalogue.',
    catalogue_unavailable: () =>
      'The catalogue cannot be read. Reinstall the app or build the catalogue with "npm run build:data".',
    company_not_found: () => 'This company is not (or no longer) in your data. Choose it again from the list.',
    visit_not_found: () => "This visit is not (or no longer) in your data. Open it again from the company's list.",
    user_data_unavailable: () => 'Your own data cannot be read right now. Nothing was deleted; restart the app.',
    backup_invalid: (p: ApiErrorParams) =>
      `This file is not a Fieldlab Finder backup${p.reason === 'newer' ? ' of this version: it comes from a newer version of the app' : p.reason === 'unreadable' ? ': it is damaged or not a database' : ''}. Nothing was changed; choose a backup the app made itself (a .sqlite file).`,
    save_failed: () => 'The file could not be saved. Choose another folder (such as Documents) and try again.',
    nothing_to_export: () =>
      'No visit has been saved yet, so there is nothing to save. Save a visit to a company first.',
    internal: () => 'Something went wrong in the app. Try again; if it keeps happening, restart the app.',
  },
};

/** Where a sentence is shown: the screen has a map to pick from, the command line only its options. */
export type Surface = 'screen' | 'command-line';

const didYouMean: Record<Lang, (p: ApiErrorParams) => string> = {
  nl: (p) => (p.suggestions?.length ? ` Bedoelt u ${p.suggestions.join(', ')}?` : ''),
  en: (p) => (p.suggestions?.length ? ` Did you mean ${p.suggestions.join(', ')}?` : ''),
};

/** The command line's own sentences where the screen's would point at the map. */
const COMMAND_LINE_TEXTS: Record<Lang, Partial<Record<ApiErrorCode, (p: ApiErrorParams) => string>>> = {
  nl: {
    point_outside: () =>
      'Dat punt ligt buiten Nederland. Geef met --lat en --lon een punt in Nederland, of een plaats met --place.',
    place_unknown: (p) =>
      `"${p.typed ?? ''}" is geen Nederlandse plaats, gemeente of postcode die we kennen.${didYouMean.nl(p)} Probeer een plaats in de buurt, een postcode van 4 cijfers (bijvoorbeeld --place 7311) of een punt met --lat en --lon.`,
  },
  en: {
    point_outside: () =>
      'That point lies outside the Netherlands. Give a point in the Netherlands with --lat and --lon, or a place with --place.',
    place_unknown: (p) =>
      `"${p.typed ?? ''}" is not a Dutch town, municipality or postcode we know.${didYouMean.en(p)} Try a nearby town, a 4-digit postcode (e.g. --place 7311) or a point with --lat and --lon.`,
  },
};

/** An API error as one sentence in the language, for the screen or the command line. */
export function errorSentence(
  error: { code: ApiErrorCode; params: ApiErrorParams },
  lang: Lang,
  surface: Surface = 'screen',
): string {
  const own = surface === 'command-line' ? COMMAND_LINE_TEXTS[lang][error.code] : undefined;
  return (own ?? ERROR_TEXTS[lang][error.code])(error.params);
}

/** What the command line says about its own options, in the chosen language. */
export const USAGE_ERRORS: Record<
  Lang,
  {
    lang: (value: string) => string;
    needRequired: string;
    placeRequired: string;
    placeEmpty: string;
    notANumber: (option: string, value: string) => string;
    unknownKind: (kind: string, kinds: readonly string[]) => string;
    unknownOption: (option: string) => string;
    missingValue: (option: string) => string;
    noValue: (option: string) => string;
    positional: (value: string) => string;
    seeHelp: string;
    unexpected: (message: string) => string;
  }
> = {
  nl: {
    lang: (v) => `--lang moet nl of en zijn, niet "${v}"`,
    needRequired: '--need ontbreekt: beschrijf wat het bedrijf nodig heeft, bijvoorbeeld --need "lasrobot"',
    placeRequired: 'geef --place <plaats of postcode> of --lat N --lon N',
    placeEmpty: '--place is leeg: geef een plaats, gemeente of postcode, bijvoorbeeld --place Apeldoorn',
    notANumber: (o, v) => `--${o} moet een getal zijn, niet "${v}"`,
    unknownKind: (k, kinds) => `onbekende soort "${k}"; gebruik ${kinds.join(', ')}`,
    unknownOption: (o) => `onbekende optie ${o}`,
    missingValue: (o) => `optie ${o} heeft een waarde nodig`,
    noValue: (o) => `optie ${o} neemt geen waarde`,
    positional: (v) => `"${v}" hoort bij geen optie: zet er een optie voor, bijvoorbeeld --need "${v}"`,
    seeHelp: 'zie --help',
    unexpected: (m) => `onverwachte fout: ${m}`,
  },
  en: {
    lang: (v) => `--lang must be nl or en, not "${v}"`,
    needRequired: '--need is required: describe what the company needs, e.g. --need "welding robot"',
    placeRequired: 'give --place <town or postcode> or --lat N --lon N',
    placeEmpty: '--place is empty: give a town, municipality or postcode, e.g. --place Apeldoorn',
    notANumber: (o, v) => `--${o} must be a number, not "${v}"`,
    unknownKind: (k, kinds) => `unknown kind "${k}"; use ${kinds.join(', ')}`,
    unknownOption: (o) => `unknown option ${o}`,
    missingValue: (o) => `option ${o} needs a value`,
    noValue: (o) => `option ${o} takes no value`,
    positional: (v) => `"${v}" belongs to no option: put one before it, e.g. --need "${v}"`,
    seeHelp: 'see --help',
    unexpected: (m) => `unexpected error: ${m}`,
  },
};
