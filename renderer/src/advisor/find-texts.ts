/** The find-by-name dialog's texts, in Dutch and English. */
import type { Lang } from '../../../electron/shared/i18n/lang';

export const FIND_TEXTS: Record<
  Lang,
  {
    title: string;
    button: string;
    label: string;
    placeholder: string;
    hint: string;
    none: (q: string) => string;
    count: (n: number) => string;
  }
> = {
  nl: {
    title: 'Zoek op naam',
    button: 'Zoek op naam',
    label: 'Naam van een fieldlab, partner of centrum',
    placeholder: 'Bijv. RAMLAB, Brainport of Twente',
    hint: 'Typ een deel van de naam of de plaats; Enter opent de details.',
    none: (q) => `Niets gevonden voor "${q}". Controleer de spelling of typ een ander deel van de naam.`,
    count: (n) =>
      n === 1 ? '1 gevonden: Enter opent de details.' : `${n} gevonden: Enter opent de eerste, ↑ ↓ kiezen.`,
  },
  en: {
    title: 'Find by name',
    button: 'Find by name',
    label: 'Name of a fieldlab, partner or centre',
    placeholder: 'E.g. RAMLAB, Brainport or Twente',
    hint: 'Type part of the name or the town; Enter opens the details.',
    none: (q) => `Nothing found for "${q}". Check the spelling or type another part of the name.`,
    count: (n) => (n === 1 ? '1 found: Enter opens the details.' : `${n} found: Enter opens the first, ↑ ↓ choose.`),
  },
};
