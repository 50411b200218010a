/** The catalogue: every record in a table with kind filters and a text filter, beside the map; a name opens the details. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CatalogueMeta } from '../../../electron/shared/catalogue/catalogue-meta';
import { RECORD_KINDS, type RecordKind } from '../../../electron/shared/catalogue/record-basics';
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';
import type { BaseLayers } from '../../../electron/shared/geo/base-layers';
import { useI18n } from '../i18n/i18n';
import { CatalogueMap, placesOf, type RecordPlace } from '../map/catalogue-map';
import { KindFilter } from './kind-filter';
import { RecordDetails } from './record-details';
import { RecordTable } from './record-table';

type Props = { meta: CatalogueMeta; records: RecordSummary[]; layers: BaseLayers };

const NO_PLACES: RecordPlace[] = [];

export function CatalogueScreen({ meta, records, layers }: Props) {
  const { t } = useI18n();
  const [kinds, setKinds] = useState<Set<RecordKind>>(() => new Set(RECORD_KINDS));
  const [text, setText] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [openPlaces, setOpenPlaces] = useState<{ id: string; places: RecordPlace[] } | null>(null);
  const onLoaded = useCallback(
    (record: Parameters<typeof placesOf>[0]) => setOpenPlaces({ id: record.id, places: placesOf(record) }),
    [],
  );
  const names = useMemo(() => new Map(records.map((r) => [r.id, r.name])), [records]);
  const visible = useMemo(() => {
    const q = text.trim().toLowerCase();
    return records.filter(
      (r) => kinds.has(r.kind) && (!q || [r.name, r.shortName, r.city].some((s) => s?.toLowerCase().includes(q))),
    );
  }, [records, kinds, text]);
  const open = (id: string) => {
    setSelectedId(id);
    setOpenId(id);
  };
  // Back from the details, focus returns to the name that opened them (the table draws anew).
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useEffect(() => {
    if (!returnTo || openId) return;
    document.querySelector<HTMLElement>(`.record-table tr[data-record-id="${CSS.escape(returnTo)}"] button`)?.focus();
    setReturnTo(null);
  }, [returnTo, openId]);
  return (
    <main className="workspace">
      <section className="list-pane" aria-label={t.listTitle}>
        {openId ? (
          <RecordDetails
            id={openId}
            match={null}
            names={names}
            onBack={() => {
              setReturnTo(openId);
              setOpenId(null);
            }}
            onOpen={open}
            onLoaded={onLoaded}
          />
        ) : (
          <>
            <div className="list-tools">
              <KindFilter counts={meta.counts} selected={kinds} onChange={setKinds} />
              <label className="text-filter">
                <span>{t.filterText}</span>
                <input
                  type="search"
                  value={text}
                  placeholder={t.filterPlaceholder}
                  onChange={(e) => setText(e.target.value)}
                />
              </label>
              <p className="count" role="status" data-testid="record-count">
                {t.shown(visible.length, meta.total)}
              </p>
            </div>
            <RecordTable records={visible} selectedId={selectedId} onSelect={setSelectedId} onOpen={open} />
          </>
        )}
      </section>
      <section className="map-pane" aria-label={t.mapTitle}>
        <CatalogueMap
          layers={layers}
          records={visible}
          selectedId={selectedId}
          onSelect={setSelectedId}
          places={openId && openPlaces?.id === openId ? openPlaces.places : NO_PLACES}
        />
      </section>
    </main>
  );
}
