/** The app's two languages: Dutch (the default) and English. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in both languages. */
export type LocalText = Record<Lang, string>;
