/** Says, above the results, when the form narrows them beyond the question itself; one click clears it. */
import { RECORD_KINDS } from '../../../electron/shared/catalogue/record-basics';
import { isNarrowed } from '../../../electron/shared/companies/company-profile';
import { useI18n } from '../i18n/i18n';
import type { ProfileState } from './profile-state';

export function NarrowedFilters({
  profile,
  update,
}: {
  profile: ProfileState;
  update: (patch: Partial<ProfileState>) => void;
}) {
  const { t } = useI18n();
  if (!isNarrowed(profile)) return null;
  const s = t.session;
  const parts = [
    profile.maxKm !== null ? s.narrowedKm(profile.maxKm) : null,
    profile.kinds.length !== RECORD_KINDS.length
      ? s.narrowedKinds(profile.kinds.map((k) => t.kindPlural[k].toLowerCase()).join(', '))
      : null,
    !profile.onlyActive ? s.narrowedEnded : null,
    profile.size !== 'any' ? s.narrowedSize(t.sizes[profile.size]) : null,
    profile.excluded.length ? s.narrowedExcluded(profile.excluded.length) : null,
  ].filter(Boolean);
  return (
    <p className="narrowed" data-testid="narrowed">
      <strong>{s.narrowed}</strong> {parts.join(' · ')}{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => update({ maxKm: null, kinds: [...RECORD_KINDS], onlyActive: true, size: 'any', excluded: [] })}
      >
        {s.clearFilters}
      </button>
    </p>
  );
}
