/** What the advisor map's symbols mean, drawn with the markers' own classes, in the screen's language. */
import { useI18n } from '../i18n/i18n';

export function AdvisorMapLegend() {
  const { t } = useI18n();
  const k = t.mapKey;
  return (
    <ul className="map-key" aria-label={k.title} data-testid="map-key">
      <li>
        <span className="key-symbol key-company" aria-hidden="true">
          <span>★</span>
        </span>
        {k.company}
      </li>
      <li>
        <span className="key-symbol key-rank" aria-hidden="true">
          <span className="rank-top">1</span>
        </span>
        {k.ranked}
      </li>
      <li>
        <span className="key-symbol key-other" aria-hidden="true">
          <span />
        </span>
        {k.other}
      </li>
      <li>
        <span className="key-symbol key-group" aria-hidden="true">
          <span>+N</span>
        </span>
        {k.group}
      </li>
    </ul>
  );
}
