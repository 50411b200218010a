/** `npm run quality`: prints match quality per case and overall. */
import { CatalogueDb } from '../../electron/main/catalogue/catalogue-db';
import { catalogueFile } from '../../electron/main/catalogue/catalogue-path';
import { Matcher } from '../../electron/main/matching/matcher';
import { CASES, evaluate } from './evaluate';

const catalogue = CatalogueDb.open(catalogueFile(process.cwd()));
const { cases, ndcg5, idealTop3 } = evaluate(new Matcher(catalogue));
for (const c of cases)
  console.log(`${c.ndcg5.toFixed(2)} ${c.idealInTop3 ? 'ideal@3' : '       '}  ${c.company}  [${c.top5.join(', ')}]`);
console.log(
  `\n${CASES.length} cases · nDCG@5 ${ndcg5.toFixed(3)} · ideal match in top 3: ${(idealTop3 * 100).toFixed(0)}%`,
);
catalogue.close();
