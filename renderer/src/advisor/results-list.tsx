/** The ranked list: score, place and distance, the top reasons, status and confidence; keyboard-driven. */
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import type { Match, MatchResult, Reason } from '../../../electron/shared/matching/types';
import { hasVisitablePoint } from '../../../electron/shared/catalogue/record-basics';
import { explainReason, placeMeasured } from '../../../electron/shared/i18n/explain';
import { formatKm } from '../../../electron/shared/i18n/format';
import { ConfidenceBadge, StatusBadge } from '../catalogue/badges';
import { KIND_TERM } from '../help/glossary';
import { Explained } from '../help/glossary-context';
import { useI18n } from '../i18n/i18n';
import { rankColour } from '../map/rank-colour';
import { useVocabulary } from './vocabulary';

/** The reasons worth showing in a list row: what matched first (and that it is across the border), then where. */
const ORDER: Reason['type'][] = [
  'need',
  'concept',
  'crossborder',
  'partner_type',
  'part',
  'broad',
  'sector',
  'region',
  'text',
  'offers',
];

/** The list's element id, for the shortcuts that jump to it and give focus back to it. */
export const RESULTS_LIST_ID = 'results-list';

type Props = {
  result: MatchResult;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  /** Records on the visit's shortlist, and how to put one on or take it off. */
  shortlisted: ReadonlySet<string>;
  onToggleShortlist: (id: string) => void;
};

/** Memoised: it draws when the answer, the selection or the shortlist changes, not on every keystroke. */
export const ResultsList = memo(function ResultsList({
  result,
  selectedId,
  onSelect,
  onOpen,
  shortlisted,
  onToggleShortlist,
}: Props) {
  const { t } = useI18n();
  const list = useRef<HTMLOListElement>(null);
  const all = [...result.matches, ...result.flagged];
  const index = all.findIndex((m) => m.id === selectedId);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(all.length - 1, index + 1) : Math.max(0, index - 1);
      if (all[next]) onSelect(all[next].id);
    } else if (e.key === 'Enter' && selectedId) {
      e.preventDefault();
      onOpen(selectedId);
    } else if ((e.key === 's' || e.key === '+') && selectedId && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      onToggleShortlist(selectedId);
    } else if (/^[1-9]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const m = result.matches[Number(e.key) - 1];
      if (!m) return;
      e.preventDefault();
      onOpen(m.id);
    }
  };
  return (
    <ol
      ref={list}
      id={RESULTS_LIST_ID}
      className="results"
      role="listbox"
      tabIndex={0}
      aria-label={t.resultsTitle}
      aria-activedescendant={selectedId ? `result-${selectedId}` : undefined}
      aria-describedby="results-hint"
      onKeyDown={onKeyDown}
    >
      {result.matches.map((m, i) => (
        <ResultItem
          key={m.id}
          match={m}
          rank={i + 1}
          selected={m.id === selectedId}
          onSelect={onSelect}
          onOpen={onOpen}
          onList={shortlisted.has(m.id)}
          onToggleShortlist={onToggleShortlist}
        />
      ))}
      {result.flagged.length > 0 && (
        <li role="presentation" className="flagged-title">
          {t.flaggedTitle}
        </li>
      )}
      {result.flagged.map((m) => (
        <ResultItem
          key={m.id}
          match={m}
          rank={null}
          selected={m.id === selectedId}
          onSelect={onSelect}
          onOpen={onOpen}
          onList={shortlisted.has(m.id)}
          onToggleShortlist={null}
        />
      ))}
    </ol>
  );
});

type ItemProps = {
  match: Match;
  rank: number | null;
  selected: boolean;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onList: boolean;
  /** Null for an ended record: it cannot be advised. */
  onToggleShortlist: ((id: string) => void) | null;
};

function ResultItem({ match: m, rank, selected, onSelect, onOpen, onList, onToggleShortlist }: ItemProps) {
  const { t, lang } = useI18n();
  const { label } = useVocabulary();
  const reasons = [...m.reasons]
    .filter((r) => ORDER.includes(r.type))
    .sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type))
    .slice(0, 3)
    .map((r) => explainReason(r, lang, label));
  // The place the distance is measured to: a centre or another site of the record, not always its main town.
  const distance = m.reasons.find((r) => r.type === 'distance');
  const place = distance?.type === 'distance' ? placeMeasured(distance, lang) || m.city : m.city;
  // The regional front door has no place to travel to: it serves the province.
  const region = m.reasons.find((r) => r.type === 'region');
  const unknown = region?.type === 'region' ? t.servesProvince(region.province) : t.distanceUnknown;
  const where = [place, m.distanceKm === null ? unknown : formatKm(m.distanceKm, lang)].filter(Boolean).join(' · ');
  return (
    <li
      id={`result-${m.id}`}
      role="option"
      aria-selected={selected}
      data-record-id={m.id}
      className={`result${selected ? ' selected' : ''}${rank === null ? ' flagged' : ''}`}
      onClick={() => onSelect(m.id)}
      onDoubleClick={() => onOpen(m.id)}
    >
      <div className="result-head">
        {rank !== null ? (
          <span className="rank" style={{ background: rankColour(rank) }} aria-label={t.rankOf(rank)}>
            {rank}
          </span>
        ) : (
          <span className="rank ended" aria-hidden="true">
            ×
          </span>
        )}
        <div className="result-title">
          <strong>{m.name}</strong>
          <div className="muted">
            <Explained term={KIND_TERM[m.kind]} inOption>
              {t.kind[m.kind]}
            </Explained>{' '}
            · {where}
            {/* A ranked record the map cannot show: say so, or the advisor looks for its number in vain. */}
            {rank !== null && !hasVisitablePoint(m) && (
              <span className="no-location" data-testid="no-location">
                {' '}
                · {t.mapKey.noLocation}
              </span>
            )}
          </div>
        </div>
        {onToggleShortlist && (
          // Keyboard users press S in the list (see its hint); this star is its mouse twin.
          <span
            aria-hidden="true"
            className={`star${onList ? ' on' : ''}`}
            title={onList ? t.shortlist.remove(m.name) : t.shortlist.add(m.name)}
            onClick={(e) => {
              e.stopPropagation();
              onToggleShortlist(m.id);
            }}
          >
            {onList ? '★' : '☆'}
          </span>
        )}
        {onList && <span className="sr-only">{t.shortlist.onList}</span>}
        {/* Keyboard users open details with Enter (see the list's hint); this is its mouse twin. */}
        <span
          className="details-button"
          aria-hidden="true"
          onClick={(e) => {
            e.stopPropagation();
            onOpen(m.id);
          }}
        >
          {t.details} ›
        </span>
      </div>
      <div className="score" role="img" aria-label={t.scoreLabel(m.score)}>
        <span style={{ width: `${Math.round(m.score * 100)}%` }} />
      </div>
      <ul className="reasons">
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <div className="result-badges">
        <StatusBadge status={m.status} asOf={m.statusAsOf} inOption />
        <ConfidenceBadge record={m} inOption />
      </div>
    </li>
  );
}
