/**
 * The glossary: what the words on the screen mean, in plain Dutch and English for an owner who has
 * never heard them. Every badge and kind label links to its entry.
 */
import type { RecordKind } from '../../../electron/shared/catalogue/record-basics';
import { CONFIDENCE_EXPLANATIONS } from '../../../electron/shared/i18n/labels';
import type { Lang } from '../../../electron/shared/i18n/lang';

export const GLOSSARY_TERMS = [
  'fieldlab',
  'testsite',
  'crossborder',
  'institution',
  'hub',
  'edih',
  'confidence',
  'status',
  'unverified',
  'checkNeeded',
  'sector',
  'shortlist',
] as const;

export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

type Entry = { term: string; text: string };

/** The glossary entry for a record kind. */
export const KIND_TERM: Record<RecordKind, GlossaryTerm> = {
  fieldlab: 'fieldlab',
  testsite: 'testsite',
  crossborder: 'crossborder',
  institution: 'institution',
  hub: 'hub',
};

export const GLOSSARY: Record<Lang, Record<GlossaryTerm, Entry>> = {
  nl: {
    fieldlab: {
      term: 'Fieldlab',
      text: 'Een werkplaats waar bedrijven, kennisinstellingen en overheden samen nieuwe technieken uitproberen, zoals robots, 3D-printen of slim onderhoud. U kunt er kijken, meedoen aan een project of iets testen voordat u het koopt.',
    },
    testsite: {
      term: 'Testlocatie',
      text: 'Een plek met machines of een proeffabriek waar u een nieuwe techniek kunt zien werken of zelf kunt proberen, vaak met hulp van een specialist.',
    },
    crossborder: {
      term: 'Duits centrum',
      text: 'Een kenniscentrum of testlocatie net over de grens in Duitsland. Ze werken vaak met Nederlandse bedrijven; gesprekken gaan meestal in het Duits of Engels.',
    },
    institution: {
      term: 'Kennisinstelling',
      text: 'Een universiteit, hogeschool of onderzoeksinstituut (zoals TNO). Ze helpen met onderzoek, studentenopdrachten en het gebruik van hun labs.',
    },
    hub: {
      term: 'Regionale hub',
      text: 'Het loket in uw regio: een organisatie die u helpt uitzoeken waar u terechtkunt, zonder dat u zelf alles hoeft te weten. Een goed eerste adres.',
    },
    edih: {
      term: 'EDIH',
      text: 'European Digital Innovation Hub: een door de EU gesteund regionaal loket voor digitalisering. Een EDIH geeft mkb-bedrijven advies, trainingen en hulp bij testen, vaak gratis of met korting.',
    },
    confidence: {
      term: 'Betrouwbaarheid',
      text: `Hoe zeker we zijn van de gegevens. Hoog: ${CONFIDENCE_EXPLANATIONS.nl.high}. Middel: ${CONFIDENCE_EXPLANATIONS.nl.medium}. Laag: ${CONFIDENCE_EXPLANATIONS.nl.low}.`,
    },
    status: {
      term: 'Status',
      text: 'Of het initiatief nog loopt (actief), gestopt is (beëindigd) of is opgegaan in een ander. De datum zegt hoe oud de nieuwste bron is die dat zegt.',
    },
    unverified: {
      term: 'Niet geverifieerd',
      text: 'Geen bron bevestigt dat dit een officieel Smart Industry-fieldlab is. Het kan nog steeds nuttig zijn; vraag het na voordat u het aanraadt.',
    },
    checkNeeded: {
      term: 'Controle nodig',
      text: 'Iets belangrijks, zoals het adres of of het nog loopt, is maar door één bron genoemd. Bel of mail eerst even voordat u het bedrijf doorstuurt.',
    },
    sector: {
      term: 'Sector',
      text: 'Wat het bedrijf maakt of doet, zoals metaal, voeding of kunststof. We gebruiken de indeling van de KvK (SBI); typ gewoon in uw eigen woorden wat u maakt.',
    },
    shortlist: {
      term: 'Shortlist',
      text: 'De organisaties die u het bedrijf aanraadt, met per organisatie een notitie en wat de volgende stap is. Die komt in het rapport.',
    },
  },
  en: {
    fieldlab: {
      term: 'Fieldlab',
      text: 'A workshop where companies, knowledge institutions and government try out new technology together, such as robots, 3D printing or smart maintenance. You can look around, join a project or test something before you buy it.',
    },
    testsite: {
      term: 'Test site',
      text: 'A place with machines or a pilot plant where you can see a new technology at work or try it yourself, often with a specialist’s help.',
    },
    crossborder: {
      term: 'German centre',
      text: 'A knowledge centre or test site just across the border in Germany. They often work with Dutch companies; talks are usually in German or English.',
    },
    institution: {
      term: 'Knowledge institution',
      text: 'A university, university of applied sciences or research institute (such as TNO). They help with research, student assignments and the use of their labs.',
    },
    hub: {
      term: 'Regional hub',
      text: 'The front door in your region: an organisation that helps you find where to go, without you having to know everything yourself. A good first address.',
    },
    edih: {
      term: 'EDIH',
      text: 'European Digital Innovation Hub: a regional front door for digitalisation backed by the EU. An EDIH gives SMEs advice, training and help with testing, often free or at a discount.',
    },
    confidence: {
      term: 'Confidence',
      text: `How sure we are of the facts. High: ${CONFIDENCE_EXPLANATIONS.en.high}. Medium: ${CONFIDENCE_EXPLANATIONS.en.medium}. Low: ${CONFIDENCE_EXPLANATIONS.en.low}.`,
    },
    status: {
      term: 'Status',
      text: 'Whether the initiative still runs (active), has stopped (ended) or merged into another. The date says how old the newest source saying so is.',
    },
    unverified: {
      term: 'Unverified',
      text: 'No source confirms this is an official Smart Industry fieldlab. It can still be useful; check before you recommend it.',
    },
    checkNeeded: {
      term: 'Check needed',
      text: 'Something important, such as the address or whether it still runs, was named by one source only. Call or e-mail first before you send the company there.',
    },
    sector: {
      term: 'Sector',
      text: 'What the company makes or does, such as metal, food or plastics. We use the Chamber of Commerce’s classification (SBI); just type what you make in your own words.',
    },
    shortlist: {
      term: 'Shortlist',
      text: 'The organisations you recommend to the company, each with a note and the next step. It goes into the report.',
    },
  },
};
