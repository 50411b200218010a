/** The parts of a record's details that the research enrichment deepened: offers, centres and places. */
import type { CatalogueRecord } from '../../../electron/shared/catalogue/validate-catalogue';
import { START_LABELS, PART_KIND_LABELS } from '../../../electron/shared/i18n/labels';
import { useI18n } from '../i18n/i18n';
import { Block, SourceLink } from './record-details';

type Props = { record: CatalogueRecord; onOpenLink: (url: string) => void };

/** What an SME can do there, how to start, and the source that says so. */
export function RecordOffers({ record, onOpenLink }: Props) {
  const { t, lang } = useI18n();
  if (record.offers.length === 0) return null;
  return (
    <Block title={t.whatYouCanDo}>
      <ul className="offers">
        {record.offers.map((o) => (
          <li key={o.nl}>
            {o[lang]}
            {o.start && <span className="badge start">{t.startWith(START_LABELS[lang][o.start])}</span>}{' '}
            <SourceLink url={o.url} onOpen={onOpenLink} />
          </li>
        ))}
      </ul>
    </Block>
  );
}

/** Centres of expertise, research groups and labs, each with its town and subjects. */
export function RecordParts({ record, onOpenLink }: Props) {
  const { t, lang } = useI18n();
  if (record.parts.length === 0) return null;
  return (
    <Block title={t.partsTitle(record.parts.length)}>
      <ul className="parts">
        {record.parts.map((p) => (
          <li key={p.id} data-part-id={p.id}>
            <strong>{p.name}</strong>
            <span className="muted">
              {' '}
              · {PART_KIND_LABELS[lang][p.kind]} · {p.town ?? t.townNotStated}
            </span>
            <div>{p.subjects.map((s) => s[lang]).join('; ')}</div>
            <SourceLink url={p.url} onOpen={onOpenLink} />
          </li>
        ))}
      </ul>
    </Block>
  );
}

/** The main address, other sites with what each is for, and the area served, with how precise each point is. */
export function RecordPlaces({ record }: { record: CatalogueRecord }) {
  const { t, lang } = useI18n();
  const loc = record.location;
  return (
    <Block title={t.address}>
      <p>{[loc.street, loc.city, loc.region, loc.country].filter(Boolean).join(', ') || t.noLocation}</p>
      <p>
        {t.precisionLabel}: <strong>{t.precision[loc.precision]}</strong>
      </p>
      {record.otherSites.length > 0 && (
        <>
          <p>{t.otherSites}:</p>
          <ul className="sites">
            {record.otherSites.map((s) => (
              <li key={`${s.city}-${s.label}`}>
                {[s.label, s.city, s.region].filter(Boolean).join(', ')}
                {s.purpose && (
                  <>
                    {': '}
                    {s.purpose.general ? t.generalSite : s.purpose.subjects.map((x) => x[lang]).join('; ')}
                  </>
                )}{' '}
                <span className="muted">({s.lat === null ? t.noPointOnMap : t.precision[s.precision]})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {record.coverage.length > 0 && (
        <p>
          {t.coverage}: {record.coverage.join(', ')}
        </p>
      )}
    </Block>
  );
}
