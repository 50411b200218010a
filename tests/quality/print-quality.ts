/** `npm run quality`: prints match quality per evaluation set, every miss included. */
import { CatalogueDb } from '../../electron/main/catalogue/catalogue-db';
import { catalogueFile } from '../../electron/main/catalogue/catalogue-files';
import { Matcher } from '../../electron/main/matching/matcher';
import { evaluate } from './evaluate';

const catalogue = CatalogueDb.open(catalogueFile(process.cwd()));
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
for (const set of evaluate(new Matcher(catalogue))) {
  console.log(`\n== ${set.name}: ${set.cases.length} cases`);
  if (set.kind === 'graded') {
    for (const c of set.cases) {
      const miss = c.idealInTop3 ? '       ' : 'MISS   ';
      console.log(`${c.ndcg5.toFixed(2)} ${miss} ${c.company}  [${c.top5.join(', ')}]`);
    }
    console.log(`-> nDCG@5 ${set.ndcg5.toFixed(3)} · ideal record in top 3: ${pct(set.idealTop3)}`);
  } else {
    let ended = 0;
    for (const c of set.cases) {
      const where = c.rank === null ? 'MISS (not in top 10)' : c.rank > 5 ? `MISS (rank ${c.rank})` : `rank ${c.rank}`;
      // A partner that has ended since the story is never offered as an option, by design.
      const status = catalogue.get(c.partner)?.status.value;
      const closed = status === 'ended' || status === 'merged';
      if (closed) ended++;
      console.log(
        `${where.padEnd(20)} ${c.company} → ${c.partner}${closed ? ` (${status} since)` : ''}  [${c.top5.join(', ')}]`,
      );
    }
    console.log(
      `-> real partner in top 3: ${pct(set.top3)} · in top 5: ${pct(set.top5)}` +
        (ended === 1 ? ' (1 partner has ended since and is never offered)' : '') +
        (ended > 1 ? ` (${ended} partners have ended since and are never offered)` : ''),
    );
  }
}
catalogue.close();
