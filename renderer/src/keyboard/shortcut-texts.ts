/** What each shortcut does, in Dutch and English, as the help overlay says it. */
import type { Lang } from '../../../electron/shared/i18n/lang';
import type { ShortcutAction } from './shortcuts';

export const SHORTCUT_TEXTS: Record<
  Lang,
  {
    title: string;
    button: string;
    intro: string;
    colKeys: string;
    colAction: string;
    inList: string;
    listKeys: { keys: string; text: string }[];
    actions: Record<ShortcutAction, string>;
    skipToResults: string;
  }
> = {
  nl: {
    title: 'Sneltoetsen',
    button: 'Sneltoetsen',
    intro: 'Alles in de app kan met het toetsenbord. Op een Mac gebruikt u ⌘ in plaats van Ctrl.',
    colKeys: 'Toetsen',
    colAction: 'Wat het doet',
    inList: 'In de lijst met resultaten',
    listKeys: [
      { keys: '↑ ↓', text: 'vorige of volgende resultaat kiezen (de kaart volgt)' },
      { keys: 'Enter', text: 'de details van het gekozen resultaat openen' },
      { keys: '1 … 9', text: 'resultaat nummer 1 tot 9 openen' },
      { keys: 'S', text: 'op de shortlist zetten of eraf halen' },
    ],
    actions: {
      help: 'deze lijst met sneltoetsen tonen',
      newQuestion: 'nieuwe vraag: leeg formulier, filters en keuze gewist',
      focusNeed: 'naar het vak "Waar wil het bedrijf mee verder?"',
      jumpToResults: 'naar de lijst met resultaten',
      openResult: 'resultaat nummer 1 tot 9 openen',
      findByName: 'een organisatie op naam zoeken en openen',
      back: 'één stap terug: details sluiten, of terug naar de vraag',
      report: 'het rapport van het bezoek bekijken en afdrukken',
      save: 'het bezoek opslaan',
      switchLanguage: 'taal wisselen (Nederlands / English)',
    },
    skipToResults: 'Naar de resultaten',
  },
  en: {
    title: 'Keyboard shortcuts',
    button: 'Shortcuts',
    intro: 'Everything in the app works from the keyboard. On a Mac, use ⌘ instead of Ctrl.',
    colKeys: 'Keys',
    colAction: 'What it does',
    inList: 'In the list of results',
    listKeys: [
      { keys: '↑ ↓', text: 'choose the previous or next result (the map follows)' },
      { keys: 'Enter', text: 'open the chosen result’s details' },
      { keys: '1 … 9', text: 'open result number 1 to 9' },
      { keys: 'S', text: 'put it on the shortlist or take it off' },
    ],
    actions: {
      help: 'show this list of shortcuts',
      newQuestion: 'new question: empty form, filters and choice cleared',
      focusNeed: 'go to the box "What does the company want to improve?"',
      jumpToResults: 'go to the list of results',
      openResult: 'open result number 1 to 9',
      findByName: 'find an organisation by name and open it',
      back: 'one step back: close the details, or back to the question',
      report: 'view and print the visit report',
      save: 'save the visit',
      switchLanguage: 'switch language (Nederlands / English)',
    },
    skipToResults: 'To the results',
  },
};
