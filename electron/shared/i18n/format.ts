/** Numbers and dates as each language writes them: "4,5 km" in Dutch, "4.5 km" in English. */
import type { Lang } from './lang';

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const kmFormat = {
  nl: {
    short: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }),
    long: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }),
  },
  en: {
    short: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
    long: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
  },
};

// Making an Intl formatter costs far more than using one (a list of results formats dozens of dates).
const perLang = <T>(make: (locale: string) => T): Record<Lang, T> => ({ nl: make(LOCALE.nl), en: make(LOCALE.en) });
const countFormat = perLang((locale) => new Intl.NumberFormat(locale));
const dateFormat = perLang(
  (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const yearMonthFormat = perLang(
  (locale) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

/** A distance: one decimal under 10 km, whole kilometres above. */
export function formatKm(km: number, lang: Lang): string {
  return `${(km < 10 ? kmFormat[lang].short : kmFormat[lang].long).format(km)} km`;
}

/** A whole number with the language's grouping: "1.694" in Dutch, "1,694" in English. */
export function formatCount(n: number, lang: Lang): string {
  return countFormat[lang].format(n);
}

/** A calendar date ("2026-11-25") as "25 november 2026" / "25 November 2026". */
export function formatDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return dateFormat[lang].format(Date.UTC(y, m - 1, d));
}

/** A year or a month ("2022", "2022-05") as "2022" / "mei 2022" / "May 2022". */
export function formatYearMonth(value: string, lang: Lang): string {
  const [y, m] = value.split('-').map(Number);
  if (!m) return String(y);
  return yearMonthFormat[lang].format(Date.UTC(y, m - 1, 1));
}
