/** Matching a company profile against the catalogue. */
import type { ApiHandlers } from '../../shared/api';
import type { Matcher } from './matcher';

export function matchHandlers(matcher: Matcher): Pick<ApiHandlers, 'match:run'> {
  return { 'match:run': (profile) => matcher.run(profile) };
}
