/**
 * The desk flow by keyboard: the shortcut overlay, the shortcuts themselves, focus given back after
 * Escape, the results reached from the need in a few keys, find by name; the keystrokes of a typical
 * desk question are counted and printed (never asserted). Screenshots in Dutch and English at
 * 1366×768 and 960×600.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

const SIZES = [
  { name: '1366', width: 1366, height: 768 },
  { name: '960', width: 960, height: 600 },
] as const;

/** Keys pressed through this counter are the keystrokes a desk worker would type. */
function keyCounter(page: Page) {
  let count = 0;
  return {
    press: async (key: string) => {
      count++;
      await page.keyboard.press(key);
    },
    type: async (text: string) => {
      count += text.length;
      await page.keyboard.type(text, { delay: 15 });
    },
    get count() {
      return count;
    },
  };
}

const focusedId = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id ??
      '',
  );

for (const size of SIZES) {
  test(`the shortcut overlay opens with ? and F1, in Dutch and English (${size.width}×${size.height})`, async ({
    app: { page, screenshot },
  }) => {
    await page.setViewportSize(size);
    const need = page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' });
    await expect(need).toBeEditable();
    // A "?" typed in a text field is text, not the overlay.
    await need.click();
    await page.keyboard.type('wat kan er?');
    await expect(need).toHaveValue('wat kan er?');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('heading', { name: 'Het bedrijf' }).click();
    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: 'Sneltoetsen' });
    await expect(overlay).toBeVisible();
    await expect(overlay.locator('tr[data-action="newQuestion"]')).toContainText('Ctrl+N');
    await expect(overlay.locator('tr[data-action="openResult"]')).toContainText('Ctrl+1 … Ctrl+9');
    await expect(overlay.locator('tr[data-action="back"]')).toContainText('Esc');
    await expect(overlay.locator('tr[data-action="switchLanguage"]')).toContainText('Ctrl+Shift+L');
    await expect(overlay).toContainText('In de lijst met resultaten');
    await screenshot(`keyboard-01-overlay-nl-${size.name}`);
    await page.keyboard.press('Escape');
    await expect(overlay).toHaveCount(0);

    // Ctrl+Shift+L switches the whole screen to English; F1 opens the overlay there too.
    await page.keyboard.press('Control+Shift+L');
    await expect(page.getByLabel('Language')).toHaveValue('en');
    await page.keyboard.press('F1');
    const overlayEn = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(overlayEn.locator('tr[data-action="findByName"]')).toContainText('find an organisation by name');
    await expect(overlayEn).not.toContainText(/Sneltoetsen|resultaat|Nieuwe vraag/);
    await screenshot(`keyboard-02-overlay-en-${size.name}`);
    // The header button opens it as well, and closing gives focus back to the button.
    await overlayEn.getByRole('button', { name: 'Close' }).click();
    const button = page.getByRole('button', { name: 'Shortcuts' });
    await button.click();
    await expect(overlayEn).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(button).toBeFocused();
  });
}

test('a desk question by keyboard: shortcuts, focus back after Escape, no map tab stops, keystrokes counted', async ({
  app: { page, screenshot },
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const keys = keyCounter(page);
  const place = page.getByRole('combobox', { name: 'Vestigingsplaats' });
  await expect(place).toBeEditable();
  // Ctrl+N: a clean form with the place field focused.
  await keys.press('Control+N');
  await expect(place).toBeFocused();
  await keys.type('Apeldoorn');
  await keys.press('Control+L');
  const need = page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' });
  await expect(need).toBeFocused();
  await keys.type('verpakkingsrobot voor de inpaklijn');
  const results = page.getByRole('listbox', { name: 'Passende fieldlabs en partners' });
  const rows = results.getByRole('option');
  await expect(rows.first()).toContainText('Fieldlab Industrial Robotics');
  const second = await rows.nth(1).locator('strong').innerText();

  // Ctrl+2 opens the second result; Escape goes back to the list with that row still chosen.
  await keys.press('Control+2');
  const details = page.getByRole('region', { name: second });
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { name: second })).toBeFocused();
  await keys.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(results).toBeFocused();
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  // Enter opens the same row again, ↓ and Enter the next; 1 opens number one.
  await keys.press('ArrowDown');
  const third = await rows.nth(2).locator('strong').innerText();
  await keys.press('Enter');
  await expect(page.getByRole('region', { name: third })).toBeVisible();
  await keys.press('Escape');
  await expect(results).toBeFocused();
  await keys.press('1');
  await expect(page.getByRole('region', { name: /Fieldlab Industrial Robotics/ })).toBeVisible();
  await keys.press('Escape');
  console.log(`[measure] keystrokes for a desk question (place, need, open three results and back): ${keys.count}`);

  // Escape from the list goes back to the question; Ctrl+J jumps to the results again.
  await page.keyboard.press('Escape');
  await expect(need).toBeFocused();
  await page.keyboard.press('Control+J');
  await expect(results).toBeFocused();

  // From the need, one Tab reaches the skip button and Enter the results; Tab alone needs more.
  await need.focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: /Naar de resultaten/ });
  await expect(skip).toBeFocused();
  await screenshot('keyboard-03-skip-to-results-nl');
  await page.keyboard.press('Enter');
  await expect(results).toBeFocused();
  await need.focus();
  let tabs = 0;
  while ((await focusedId(page)) !== 'results-list' && tabs < 60) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  console.log(`[measure] Tabs from the need to the results without the skip button: ${tabs}`);
  expect(await focusedId(page)).toBe('results-list');
  // The map is no keyboard route: no marker or cluster is a tab stop (the list is).
  await expect(page.locator('.advisor-map .leaflet-marker-icon').first()).toBeAttached();
  await expect(page.locator('.advisor-map .leaflet-marker-icon[tabindex="0"]')).toHaveCount(0);

  // Ctrl+P without a company: the shortlist tab says how to get to a report; the browser's print never opens.
  await page.keyboard.press('Control+P');
  await expect(page.getByRole('tab', { name: /Shortlist/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('Kies of maak eerst een bedrijf');
});

test('a new question never opens the selection carried over from the previous one', async ({ app: { page } }) => {
  const need = page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' });
  await page.getByRole('combobox', { name: 'Vestigingsplaats' }).fill('Apeldoorn');
  await need.fill('robot');
  const results = page.getByRole('listbox', { name: 'Passende fieldlabs en partners' });
  const rows = results.getByRole('option');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId('results-status')).toHaveText(/resultaten/);
  // The advisor chooses number three of the first question.
  await page.keyboard.press('Control+J');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const carried = await rows.nth(2).getAttribute('data-record-id');
  // A new question in which that record is still listed, but not first.
  await need.fill('robot voor het lassen');
  await expect(page.getByTestId('results-status')).toHaveText(/resultaten/);
  const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-record-id')));
  expect(ids, 'the carried-over record is in the new list').toContain(carried);
  expect(ids[0]).not.toBe(carried);
  await page.keyboard.press('Control+J');
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
  const firstName = await rows.first().locator('strong').innerText();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: firstName })).toBeVisible();
});

for (const size of SIZES) {
  test(`find by name: "ramlab" opens RAMLAB with its website, in Dutch and English (${size.width}×${size.height})`, async ({
    app: { page, screenshot },
  }) => {
    await page.setViewportSize(size);
    await expect(page.getByRole('combobox', { name: 'Vestigingsplaats' })).toBeEditable();
    await page.keyboard.press('Control+F');
    const find = page.getByRole('dialog', { name: 'Zoek op naam' });
    await expect(find).toBeVisible();
    const input = find.getByRole('combobox', { name: /Naam van een fieldlab/ });
    await expect(input).toBeFocused();
    await page.keyboard.type('ramlab', { delay: 15 });
    await expect(find.getByRole('option').first()).toContainText('RAMLAB');
    await screenshot(`keyboard-04-find-nl-${size.name}`);
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: /RAMLAB/ });
    await expect(details).toBeVisible();
    await expect(details.getByRole('button', { name: /Open website in de browser: https?:\/\// })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);

    // A name that is nowhere says so and what to do.
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('button', { name: /Find by name/ }).click();
    const findEn = page.getByRole('dialog', { name: 'Find by name' });
    await findEn.getByRole('combobox').fill('qqqxzzy');
    await expect(findEn.getByRole('status')).toHaveText(
      'Nothing found for "qqqxzzy". Check the spelling or type another part of the name.',
    );
    await findEn.getByRole('combobox').fill('ramlab');
    await expect(findEn.getByRole('option').first()).toContainText('RAMLAB');
    await screenshot(`keyboard-05-find-en-${size.name}`);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: /RAMLAB/ })).toContainText('Website and contact');
  });
}

test('with a saved visit, S puts the chosen result on the shortlist, Ctrl+S saves and Ctrl+P opens the report', async ({
  app: { page },
}) => {
  await page.getByTestId('start-panel').getByRole('button', { name: '+ Nieuw bedrijf' }).click();
  const form = page.getByRole('form', { name: 'Nieuw bedrijf' });
  await form.getByLabel('Naam').fill('Metaalwerk De Vries');
  await form.getByLabel('Plaats of postcode').fill('Apeldoorn');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('current-company')).toHaveText('Metaalwerk De Vries');
  const need = page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' });
  await need.fill('lasrobot voor dunne plaat');
  const results = page.getByRole('listbox', { name: 'Passende fieldlabs en partners' });
  await expect(page.locator('[data-answered]')).toHaveAttribute('data-answered', 'lasrobot voor dunne plaat');
  await expect(page.locator('[data-answered]')).toHaveAttribute('aria-busy', 'false');
  // To the results, number two chosen and put on the shortlist, all by keyboard.
  await page.keyboard.press('Control+J');
  await expect(results).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = results.getByRole('option').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  const name = (await second.locator('.result-title strong').textContent())!;
  await page.keyboard.press('s');
  await expect(page.getByRole('tab', { name: 'Shortlist en afspraken (1)' })).toBeVisible();
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('visit-status')).toHaveText(/opgeslagen om \d\d:\d\d/);
  // Ctrl+P: the report of this visit, with the chosen record, never the browser's own print.
  await page.keyboard.press('Control+P');
  const preview = page.getByRole('dialog', { name: 'Rapport bekijken' });
  await expect(preview.getByTestId('report')).toContainText('Advies voor Metaalwerk De Vries');
  await expect(preview.getByTestId('report')).toContainText(name);
  // Escape closes the report and leaves the visit as it was.
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(page.getByTestId('visit-panel').locator('.shortlist-name')).toHaveText([name]);
});
