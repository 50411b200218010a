import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness';

type Box = { name: string; left: number; top: number; right: number; bottom: number };

async function ask(page: Page, place: string, need: string) {
  const placeField = page.getByRole('combobox', { name: /Vestigingsplaats|Location/ });
  await placeField.fill(place);
  await placeField.press('Escape');
  await page.getByRole('textbox', { name: /Waar wil het bedrijf mee verder|What does the company want/ }).fill(need);
}

/** The screen boxes of everything matching `selector`, named by their text. */
function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { name: e.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/** Pairs of place labels that overlap each other, a marker, the star or a map control. */
async function labelCollisions(page: Page, map = '.advisor-map'): Promise<string[]> {
  const labels = await boxes(page, `${map} .place-label`);
  const others = await boxes(
    page,
    `${map} .leaflet-marker-icon, ${map} .leaflet-control, ${map} path.leaflet-interactive`,
  );
  const found: string[] = [];
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) if (overlap(a, b)) found.push(`${a.name} / ${b.name}`);
    for (const b of others) if (overlap(a, b)) found.push(`${a.name} covers "${b.name}"`);
  }
  return found;
}

/** Whether the whole of `inner` is inside `outer` and clear of the map's controls. */
async function inViewAndClear(page: Page, inner: Locator): Promise<boolean> {
  const [map, box] = [await page.locator('.advisor-map').boundingBox(), await inner.boundingBox()];
  if (!map || !box) return false;
  const inside =
    box.x >= map.x &&
    box.y >= map.y &&
    box.x + box.width <= map.x + map.width &&
    box.y + box.height <= map.y + map.height;
  const controls = await boxes(page, '.advisor-map .leaflet-control');
  const b = { name: '', left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
  return inside && !controls.some((c) => overlap(c, b));
}

/** Waits until the labels have been placed for the current view (they follow every marker change). */
async function settledLabels(page: Page) {
  // The map has taken the newest answer (it waits for a pause in typing) and placed its names since.
  await expect(page.locator('#advisor-map')).toHaveAttribute('data-behind', 'false');
  await expect(page.locator('.advisor-map [data-testid="place-labels"]')).toHaveAttribute('data-settled', 'true');
  await expect(page.locator('.advisor-map .place-label').first()).toBeVisible();
  await expect.poll(() => labelCollisions(page)).toEqual([]);
}

test('the map names towns, explains its symbols and keeps the company in view, in Dutch and English', async ({
  app: { page, screenshot },
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await ask(page, 'Apeldoorn', 'verpakkingsrobot voor de inpaklijn');
  const results = page.getByRole('listbox', { name: 'Passende fieldlabs en partners' });
  await expect(results.getByRole('option').first()).toContainText('Fieldlab Industrial Robotics');

  // Place names, the company's town among them, none covering another, a marker, the star or a control.
  await settledLabels(page);
  await expect(page.locator('.place-label.company-town')).toHaveText('Apeldoorn');
  const shown = await page.locator('.place-label').allInnerTexts();
  expect(shown.length).toBeGreaterThan(5);
  expect(shown).toEqual(expect.arrayContaining(['Apeldoorn', 'Amersfoort']));
  // Labels are for the eye; screen readers get the place in each marker's name.
  await expect(page.getByTestId('place-labels')).toHaveAttribute('aria-hidden', 'true');

  // The legend says what each symbol is.
  const key = page.getByRole('list', { name: 'Legenda' });
  await expect(key).toContainText('Het bedrijf');
  await expect(key).toContainText('Resultaat, nummer als in de lijst');
  await expect(key).toContainText('Andere organisatie');
  await expect(key).toContainText('Groep andere organisaties');

  // A group of other records is a dashed "+N" tag named for what it is, not a number like a rank.
  const group = page.locator('.other-cluster span').first();
  await expect(group).toHaveText(/^\+\d+$/);
  await expect(group).toHaveAttribute('aria-label', /^\d+ andere organisaties hier$/);
  expect(await group.evaluate((e) => e.ownerDocument.defaultView!.getComputedStyle(e).borderTopStyle)).toBe('dashed');
  const rankNumbers = await page.locator('.match-marker span').allInnerTexts();
  expect(rankNumbers.every((n) => /^\d+$/.test(n))).toBe(true);
  await screenshot('map-01-labels-nl-1366');

  // Zoomed in, smaller towns that the wider view left out appear (how many depends on where the
  // results put the view: part of it may be water); the labels still keep clear.
  await page.locator('.leaflet-control-zoom-in').click();
  await page.locator('.leaflet-control-zoom-in').click();
  await settledLabels(page);
  const named = new Set(shown);
  await expect
    .poll(async () => (await page.locator('.place-label').allInnerTexts()).filter((n) => !named.has(n)).length)
    .toBeGreaterThan(2);
  await expect.poll(() => labelCollisions(page)).toEqual([]);

  // Away from the company, then back: "Zoom naar resultaten" brings the star into view, clear of the controls.
  const map = page.locator('.advisor-map');
  const m = (await map.boundingBox())!;
  await page.mouse.move(m.x + m.width / 2, m.y + m.height / 2);
  await page.mouse.down();
  await page.mouse.move(m.x + m.width / 2 + 500, m.y + m.height / 2 + 300, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => inViewAndClear(page, page.locator('.advisor-map .company-marker'))).toBe(false);
  await page.getByRole('button', { name: 'Zoom naar resultaten' }).click();
  await expect.poll(() => inViewAndClear(page, page.locator('.advisor-map .company-marker'))).toBe(true);
  await expect
    .poll(() => inViewAndClear(page, page.locator('.advisor-map .match-marker').filter({ hasText: /^1$/ })))
    .toBe(true);
  await settledLabels(page);

  await page.getByLabel('Taal').selectOption('en');
  const keyEn = page.getByRole('list', { name: 'Legend' });
  await expect(keyEn).toContainText('The company');
  await expect(keyEn).toContainText('Result, numbered as in the list');
  await expect(keyEn).toContainText('Group of other organisations');
  await expect(page.locator('.other-cluster span').first()).toHaveAttribute(
    'aria-label',
    /^\d+ other organisations here$/,
  );
  await expect(page.getByRole('button', { name: 'Zoom to results' })).toBeEnabled();
  await settledLabels(page);
  await screenshot('map-02-labels-en-1366');
});

test('a result in the same town as the company is drawn beside the star, not under it', async ({
  app: { page, screenshot },
}) => {
  await ask(page, 'Harderwijk', 'verpakkingsrobot voor de inpaklijn');
  const first = page.getByRole('listbox', { name: 'Passende fieldlabs en partners' }).getByRole('option').first();
  await expect(first).toContainText('Fieldlab Industrial Robotics');
  await expect(first).toContainText('Harderwijk');
  const one = page.locator('.advisor-map .match-marker').filter({ hasText: /^1$/ });
  const star = page.locator('.advisor-map .company-marker');
  await expect(one).toBeVisible();
  const apart = async () => {
    const [a, b] = [await star.boundingBox(), await one.boundingBox()];
    if (!a || !b) return false;
    return (
      a.x + a.width <= b.x + 1 || b.x + b.width <= a.x + 1 || a.y + a.height <= b.y + 1 || b.y + b.height <= a.y + 1
    );
  };
  await expect.poll(apart).toBe(true);
  // Still beside it after zooming out, where the two points are even closer on the screen.
  await page.locator('.leaflet-control-zoom-out').click();
  await page.locator('.leaflet-control-zoom-out').click();
  await expect.poll(apart).toBe(true);
  await one.click();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await screenshot('map-03-beside-star-nl');
});

test('a ranked record without a place on the map says so in the list', async ({ app: { page, screenshot } }) => {
  await ask(page, 'Apeldoorn', 'digitaal bestellingen uitwisselen met klanten en leveranciers');
  const options = page.getByRole('listbox', { name: 'Passende fieldlabs en partners' }).getByRole('option');
  const scsn = options.filter({ hasText: 'Smart Connected Supplier Network' });
  await expect(scsn).toContainText('geen locatie op de kaart');
  // Its number is not on the map; the numbers that are, belong to records with a place.
  const rank = await scsn.locator('.rank').innerText();
  await expect(page.locator('.advisor-map .match-marker').filter({ hasText: new RegExp(`^${rank}$`) })).toHaveCount(0);
  const located = options.filter({ hasNotText: 'geen locatie op de kaart' });
  await expect(page.locator('.advisor-map .match-marker')).toHaveCount(await located.count());
  await screenshot('map-04-no-location-nl');
  await page.getByLabel('Taal').selectOption('en');
  const scsnEn = page
    .getByRole('listbox', { name: 'Matching fieldlabs and partners' })
    .getByRole('option')
    .filter({ hasText: 'Smart Connected Supplier Network' });
  await expect(scsnEn).toContainText('no location on the map');
  await screenshot('map-05-no-location-en');
});

test('at 960×600 the map sits under the list, its controls apart, and folds away', async ({
  app: { page, screenshot },
}) => {
  await page.setViewportSize({ width: 960, height: 600 });
  await ask(page, 'Apeldoorn', 'verpakkingsrobot voor de inpaklijn');
  const results = page.getByRole('listbox', { name: 'Passende fieldlabs en partners' });
  await expect(results.getByRole('option').first()).toContainText('Fieldlab Industrial Robotics');
  const list = (await page.locator('.results-pane').boundingBox())!;
  const map = (await page.locator('.advisor-map').boundingBox())!;
  expect(map.y).toBeGreaterThanOrEqual(list.y + list.height - 1);
  expect(map.width).toBeGreaterThan(600);
  expect(map.height).toBeGreaterThan(150);
  expect(list.height).toBeGreaterThan(200);
  // Nothing on or around the map overlaps: the buttons, the zoom control, the credits, the legend.
  const parts = await boxes(
    page,
    '.map-toolbar button, .advisor-map .leaflet-control-zoom, .advisor-map .leaflet-control-attribution, .map-key',
  );
  const clashes = parts.flatMap((a, i) =>
    parts.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.name} / ${b.name}`] : [])),
  );
  expect(clashes).toEqual([]);
  for (const p of parts) expect(p.right).toBeLessThanOrEqual(960);
  // The header's buttons stay apart too.
  const header = await boxes(page, '.app-header button, .app-header select');
  const headerClashes = header.flatMap((a, i) =>
    header.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.name} / ${b.name}`] : [])),
  );
  expect(headerClashes).toEqual([]);
  await expect.poll(() => inViewAndClear(page, page.locator('.advisor-map .company-marker'))).toBe(true);
  // The map follows the answer: the number one is on it, in view, beside the star.
  const one = page.locator('.advisor-map .match-marker').filter({ hasText: /^1$/ });
  await expect.poll(() => inViewAndClear(page, one)).toBe(true);
  // Two results are readable above the map.
  const second = (await results.getByRole('option').nth(1).boundingBox())!;
  expect(second.y + 40).toBeLessThan(map.y);
  await settledLabels(page);
  await screenshot('map-06-small-nl-960');

  // Folded away, the list gets the room; unfolded, the map is back with the company in view.
  await page.getByRole('button', { name: 'Kaart verbergen' }).click();
  await expect(page.locator('.advisor-map')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Kaart tonen' })).toHaveAttribute('aria-expanded', 'false');
  expect((await page.locator('.results-pane').boundingBox())!.height).toBeGreaterThan(list.height + 100);
  await screenshot('map-07-small-folded-nl-960');
  await page.getByRole('button', { name: 'Kaart tonen' }).click();
  await expect(page.locator('.advisor-map')).toBeVisible();
  await expect.poll(() => inViewAndClear(page, page.locator('.advisor-map .company-marker'))).toBe(true);
  await settledLabels(page);
  // "Zoom naar resultaten" on a folded map unfolds it too.
  await page.getByRole('button', { name: 'Kaart verbergen' }).click();
  await page.getByRole('button', { name: 'Zoom naar resultaten' }).click();
  await expect(page.locator('.advisor-map')).toBeVisible();
  await expect.poll(() => inViewAndClear(page, page.locator('.advisor-map .company-marker'))).toBe(true);

  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('button', { name: 'Hide map' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Legend' })).toBeVisible();
  await settledLabels(page);
  await screenshot('map-08-small-en-960');
});

test('the catalogue map names towns too, clear of its circles', async ({ app: { page, screenshot } }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Catalogus' }).click();
  const labels = page.locator('.workspace .place-label');
  await expect(labels.first()).toBeVisible();
  await expect.poll(() => labelCollisions(page, '.workspace')).toEqual([]);
  expect(await labels.count()).toBeGreaterThan(5);
  await page.locator('.workspace .leaflet-control-zoom-in').click();
  await expect.poll(async () => (await labels.count()) > 5).toBe(true);
  await expect.poll(() => labelCollisions(page, '.workspace')).toEqual([]);
  await screenshot('map-09-catalogue-nl');
});
