/** Puts a match's reasons into plain Dutch or English, for the screen, the command line and exports. */
import type { CoordinatePrecision } from '../catalogue/record';
import type { ConceptId } from '../catalogue/vocabulary';
import type { ConceptHit } from './concept-matcher';
import type { Reason } from './types';

export type Lang = 'nl' | 'en';
export type LabelOf = (concept: ConceptId, lang: Lang) => string;

/** How precise a location is, in words; the screen's labels come from here too. */
export const PRECISION_LABELS: Record<Lang, Record<CoordinatePrecision, string>> = {
  nl: {
    site: 'exacte locatie',
    site_approx: 'locatie bij benadering',
    campus: 'campus',
    district: 'wijk of gebied',
    municipality: 'gemeente',
    city: 'midden van de plaats',
    region: 'regionaal punt (geen vaste plek)',
    no_site: 'geen fysieke locatie',
    none: 'locatie onbekend',
  },
  en: {
    site: 'exact site',
    site_approx: 'approximate site',
    campus: 'campus',
    district: 'district or area',
    municipality: 'municipality',
    city: 'town centre',
    region: 'regional point (no single site)',
    no_site: 'no physical site',
    none: 'location unknown',
  },
};

/** "lasrobot" or, for a corrected typo, "maintanence → maintenance". */
export function describeHit(hit: ConceptHit): string {
  return hit.how === 'exact' ? `"${hit.words}"` : `"${hit.words}" → ${hit.term}`;
}

/** Confidence levels in words. */
export const CONFIDENCE_LABELS: Record<Lang, Record<'high' | 'medium' | 'low', string>> = {
  nl: { high: 'hoog', medium: 'middel', low: 'laag' },
  en: { high: 'high', medium: 'medium', low: 'low' },
};

/** One reason as a short sentence. */
export function explainReason(r: Reason, lang: Lang, label: LabelOf): string {
  const nl = lang === 'nl';
  switch (r.type) {
    case 'concept':
      return r.via
        ? nl
          ? `${describeHit(r.hit)} (${label(r.via, lang)}): verwant thema ${label(r.concept, lang)}`
          : `${describeHit(r.hit)} (${label(r.via, lang)}): related theme ${label(r.concept, lang)}`
        : `${describeHit(r.hit)} → ${label(r.concept, lang)}`;
    case 'text':
      return nl ? `tekst noemt: ${r.words.join(', ')}` : `text mentions: ${r.words.join(', ')}`;
    case 'sector':
      return nl
        ? `werkt voor uw sector: ${label(r.concept, lang)}`
        : `works with your sector: ${label(r.concept, lang)}`;
    case 'distance': {
      const where = [r.city, r.region].filter(Boolean).join(', ');
      return `${r.km.toFixed(r.km < 10 ? 1 : 0)} km${where ? ` (${where})` : ''}, ${PRECISION_LABELS[lang][r.precision]}`;
    }
    case 'distance_unknown':
      return nl
        ? `afstand onbekend (${PRECISION_LABELS[lang][r.precision]})`
        : `distance unknown (${PRECISION_LABELS[lang][r.precision]})`;
    case 'region':
      return nl ? `regionaal loket voor ${r.province}` : `regional front door for ${r.province}`;
    case 'crossborder':
      return nl ? 'Duits centrum over de grens' : 'German centre across the border';
    case 'offers':
      return (nl ? 'biedt: ' : 'offers: ') + r.offers.map((o) => label(o, lang)).join(', ');
    case 'trust': {
      const parts = [(nl ? 'betrouwbaarheid ' : 'confidence ') + CONFIDENCE_LABELS[lang][r.confidence]];
      if (r.unconfirmed) parts.push(nl ? 'niet geverifieerd' : 'unverified');
      if (r.verificationNeeded) parts.push(nl ? 'controle nodig' : 'needs checking');
      if (r.status === 'unknown') parts.push(nl ? 'huidige status onbekend' : 'current status unknown');
      if (r.status === 'ended') parts.push(nl ? 'BEËINDIGD' : 'ENDED');
      if (r.status === 'merged') parts.push(nl ? 'OPGEGAAN IN ANDER' : 'MERGED INTO ANOTHER');
      return parts.join(', ');
    }
  }
}
