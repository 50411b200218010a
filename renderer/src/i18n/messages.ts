/** Every text the screen shows, in Dutch (default) and English. */
import type { Lang } from '../../../electron/shared/i18n/lang';
import { en } from './en';
import { nl, type Messages } from './nl';

export type { Lang, Messages };

export const MESSAGES: Record<Lang, Messages> = { nl, en };
