/** Language state: Dutch by default, the user's choice remembered across sessions. */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { MESSAGES, type Lang, type Messages } from './messages';

const STORAGE_KEY = 'fieldlab-finder.lang';
const I18nContext = createContext<{ lang: Lang; t: Messages; setLang: (lang: Lang) => void } | null>(null);

function initialLang(): Lang {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'nl' ? stored : 'nl';
}

/** Provides the current language and its messages. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, lang);
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, t: MESSAGES[lang], setLang }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language, its messages and the setter. */
export function useI18n() {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
