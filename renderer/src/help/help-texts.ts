/** The texts around the glossary and the plain-words notes, in Dutch and English. */
import type { Lang } from '../../../electron/shared/i18n/lang';

export const HELP_TEXTS: Record<
  Lang,
  {
    button: string;
    glossaryTitle: string;
    glossaryIntro: string;
    whatIs: (term: string) => string;
    sectorNotRecognised: (typed: string) => string;
    sectorSuggest: string;
    sectorNoSuggestion: string;
    placeSuggest: string;
  }
> = {
  nl: {
    button: 'Uitleg',
    glossaryTitle: 'Uitleg van de woorden',
    glossaryIntro: 'Wat de woorden in deze app betekenen, in gewone taal.',
    whatIs: (term) => `Wat is "${term}"? Uitleg`,
    sectorNotRecognised: (typed) => `"${typed}" herkennen we niet als sector, dus telt de sector nu niet mee.`,
    sectorSuggest: 'Bedoelt u:',
    sectorNoSuggestion: 'Typ een ander woord voor wat het bedrijf maakt, bijvoorbeeld metaal, voeding of kunststof.',
    placeSuggest: 'Kies een plaats:',
  },
  en: {
    button: 'Explain',
    glossaryTitle: 'What the words mean',
    glossaryIntro: 'What the words in this app mean, in plain language.',
    whatIs: (term) => `What is "${term}"? Explanation`,
    sectorNotRecognised: (typed) => `We do not recognise "${typed}" as a sector, so the sector does not count now.`,
    sectorSuggest: 'Did you mean:',
    sectorNoSuggestion: 'Type another word for what the company makes, for example metal, food or plastics.',
    placeSuggest: 'Choose a place:',
  },
};
