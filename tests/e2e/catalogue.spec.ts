import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness';
import { DATA_DIR } from '../support/catalogue-fixture';

/** The records of the catalogue sources, to count what the screen must show. */
type SourceRecord = { kind: string; name: string; shortName: string | null; location: { city: string | null } };
const RECORDS = ['fieldlabs', 'crossborder', 'institutions', 'hubs'].flatMap(
  (f) => JSON.parse(readFileSync(join(DATA_DIR, 'catalogue', `${f}.json`), 'utf8')) as SourceRecord[],
);
const TOTAL = RECORDS.length;
const count = (kind: string) => RECORDS.filter((r) => r.kind === kind).length;

test('the catalogue loads, lists every record and shows them on the offline map', async ({
  app: { page, requests, screenshot },
}) => {
  await expect(page.getByRole('heading', { name: 'Fieldlab Finder' })).toBeVisible();
  await page.getByRole('button', { name: 'Catalogus' }).click();
  await expect(page.getByTestId('record-count')).toHaveText(`${TOTAL} van ${TOTAL} records`);
  await expect(page.locator('tbody tr')).toHaveCount(TOTAL);
  const ramlab = page.locator('tr[data-record-id="ramlab"]');
  await expect(ramlab).toContainText('RAMLAB');
  await expect(ramlab).toContainText('Rotterdam');
  await expect(ramlab).toContainText('actief');
  await expect(page.locator('tr[data-record-id="campione"]')).toContainText('beëindigd');
  await expect(page.locator('tr[data-record-id="infra-fieldlab-camino"]')).toContainText('geen locatie');

  // Markers: every record with a point one can visit; the legend accounts for the others.
  const markers = page.locator('path.record-marker');
  await expect(markers.first()).toBeVisible();
  const mapped = await markers.count();
  expect(mapped).toBeGreaterThan(80);
  await expect(page.getByTestId('map-legend')).toHaveText(
    `${mapped} op de kaart · ${TOTAL - mapped} zonder bruikbare locatie`,
  );
  // The base map is drawn from the bundled layers: land, provinces and the IJsselmeer as SVG, no tile images.
  expect(await page.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(mapped + 12);
  await expect(page.locator('.leaflet-tile')).toHaveCount(0);
  await expect(page.locator('.leaflet-control-attribution')).toHaveText(
    'Leaflet | Kaart: Natural Earth (publiek domein) · plaatsen: GeoNames (CC BY 4.0)',
  );
  await screenshot('catalogue-01-list-nl');

  // Selecting a record in the list highlights its marker.
  await ramlab.locator('td').nth(1).click();
  await expect(ramlab).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('path.record-marker[stroke="#111827"]')).toHaveCount(1);
  await screenshot('catalogue-02-selected-nl');

  // Clicking a marker selects its row.
  await page.locator('path.marker-binder3d-westerbork').click();
  await expect(page.locator('tr[data-record-id="binder3d-westerbork"]')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('tr[data-record-id="ramlab"]')).toHaveAttribute('aria-selected', 'false');

  // Filters narrow both the list and the map.
  await page.getByRole('button', { name: /Kennisinstellingen/ }).click();
  await expect(page.getByTestId('record-count')).toHaveText(`${TOTAL - count('institution')} van ${TOTAL} records`);
  await expect(page.locator('path.record-marker.kind-institution')).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Zoek in de lijst' }).fill('enschede');
  const inEnschede = RECORDS.filter(
    (r) =>
      r.kind !== 'institution' &&
      [r.name, r.shortName, r.location.city].some((s) => s?.toLowerCase().includes('enschede')),
  );
  expect(inEnschede.map((r) => r.name).join(' ')).toMatch(/Space53.*TPAC|TPAC.*Space53/s);
  await expect(page.getByTestId('record-count')).toHaveText(`${inEnschede.length} van ${TOTAL} records`);
  await expect(page.locator('tbody tr')).toHaveCount(inEnschede.length);
  expect(requests.length).toBeGreaterThan(0);
});

test('the about panel names the data sources and licences', async ({ app: { page, screenshot } }) => {
  await page.getByRole('button', { name: 'Over deze gegevens' }).click();
  const dialog = page.getByRole('dialog', { name: 'Over de gegevens' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Natural Earth');
  await expect(dialog).toContainText('Publiek domein');
  await expect(dialog).toContainText('GeoNames');
  await expect(dialog).toContainText('CC BY 4.0');
  await expect(dialog).toContainText('Hippocratic');
  await expect(dialog).toContainText('41 fieldlabs in april 2021');
  await expect(dialog).toContainText(`Fieldlabs: ${count('fieldlab')}`);
  await screenshot('catalogue-03-about-nl');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
});

test('English works and the choice is remembered', async ({ app: { page, screenshot } }) => {
  await page.getByRole('button', { name: 'Catalogus' }).click();
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByTestId('record-count')).toHaveText(`${TOTAL} of ${TOTAL} records`);
  await expect(page.locator('tr[data-record-id="campione"]')).toContainText('ended');
  await expect(page.getByRole('columnheader', { name: 'Confidence' })).toBeVisible();
  await expect(page.locator('.leaflet-control-attribution')).toHaveText(
    'Leaflet | Map: Natural Earth (public domain) · places: GeoNames (CC BY 4.0)',
  );
  // The markers stay on top of the base map and can be clicked.
  await page.locator('path.marker-binder3d-westerbork').click();
  await expect(page.locator('tr[data-record-id="binder3d-westerbork"]')).toHaveAttribute('aria-selected', 'true');
  await screenshot('catalogue-04-list-en');
  await page.getByRole('button', { name: 'About this data' }).click();
  await expect(page.getByRole('dialog', { name: 'About the data' })).toContainText('Public domain');
  await screenshot('catalogue-05-about-en');
  await page.reload();
  await page.getByRole('button', { name: 'Catalogue' }).click();
  await expect(page.getByTestId('record-count')).toHaveText(`${TOTAL} of ${TOTAL} records`);
});

test('a name in the catalogue opens the record with its centres, sites, offers and dated status', async ({
  app: { page, screenshot },
}) => {
  await page.getByRole('button', { name: 'Catalogus' }).click();
  await page.getByRole('searchbox', { name: 'Zoek in de lijst' }).fill('saxion');
  await page.getByRole('button', { name: /^Saxion.*Details$/ }).click();
  const details = page.getByRole('region', { name: /Saxion/ });
  await expect(details).toBeVisible();
  await expect(details).toContainText('kenniscentra, onderzoeksgroepen en labs');
  await expect(details.locator('[data-part-id]').first()).toContainText('TPAC');
  await expect(details).toContainText('Andere locaties');
  await expect(details).toContainText('Deventer');
  await expect(details).toContainText('Wat een mkb-bedrijf er kan doen');
  await expect(details).toContainText('Betrouwbaarheid');
  await expect(details).toContainText(/actief volgens een bron van \w+ 20\d\d/);
  await expect(details).not.toContainText('DRAFT');
  await screenshot('catalogue-06-details-institution-nl');
  await page.getByLabel('Taal').selectOption('en');
  await expect(details).toContainText('centres, research groups and labs');
  await expect(details).toContainText('Other locations');
  await expect(details).toContainText('What an SME can do there');
  await expect(details).toContainText(/active according to a source from \w+ 20\d\d/);
  await screenshot('catalogue-07-details-institution-en');
  await details.getByRole('button', { name: /Back to the list/ }).click();
  await expect(page.getByRole('searchbox', { name: 'Search the list' })).toBeVisible();
  // A fieldlab on several sites shows them all, with the date it was last seen at work.
  await page.getByRole('searchbox', { name: 'Search the list' }).fill('precisielandbouw');
  await page.getByRole('button', { name: /^Proeftuin.*Details$/ }).click();
  const proeftuin = page.getByRole('region', { name: /Proeftuin/ });
  await expect(proeftuin).toContainText('Other locations');
  await expect(proeftuin).toContainText('Reusel');
  await expect(proeftuin).toContainText(/status unknown, last seen \w+ 20\d\d/);
  // Its other sites are on the map too, as rings beside its marker.
  await expect(page.locator('path.record-place')).toHaveCount(3);
  await screenshot('catalogue-08-details-two-sites-en');
});
