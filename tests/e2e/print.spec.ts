/**
 * Printing the main screen (Ctrl+P is the visit report; this is the browser's or the system's own print
 * of the window): the answer alone, all of it. The question and its filters, the map, the tabs and every
 * button stay off the paper; all fifteen results are on it, read back from a real PDF with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SCREENSHOT_DIR, test } from './harness';

const NEED = 'verpakkingsrobot voor de inpaklijn';

for (const lang of ['nl', 'en'] as const) {
  test(`printing the main screen gives all fifteen results and none of the controls (${lang})`, async ({
    app: { page },
  }) => {
    if (lang === 'en') await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
    const en = lang === 'en';
    const place = page.getByRole('combobox', { name: en ? 'Location' : 'Vestigingsplaats' });
    await place.fill('Apeldoorn');
    await place.press('Escape');
    await page
      .getByRole('textbox', {
        name: en ? 'What does the company want to improve?' : 'Waar wil het bedrijf mee verder?',
      })
      .fill(NEED);
    const results = page.getByRole('listbox', {
      name: en ? 'Matching fieldlabs and partners' : 'Passende fieldlabs en partners',
    });
    await expect(results.getByRole('option')).toHaveCount(15);
    const names = await results.locator('.result-title strong').allTextContents();

    await page.emulateMedia({ media: 'print' });
    for (const option of await results.getByRole('option').all()) await expect(option).toBeVisible();
    await expect(page.getByRole('form', { name: en ? 'The company' : 'Het bedrijf' })).toBeHidden();
    await expect(page.locator('.map-pane')).toBeHidden();
    await expect(page.getByRole('tablist')).toBeHidden();
    await expect(page.getByRole('button', { name: en ? 'Find by name' : 'Zoek op naam' })).toBeHidden();
    // No button of any kind is printed.
    for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
    await page.screenshot({ path: join(SCREENSHOT_DIR, `print-main-screen-${lang}.png`), fullPage: true });

    // On paper: a real PDF of the window, read back.
    const pdf = join(SCREENSHOT_DIR, `print-main-screen-${lang}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const name of names) expect(text).toContain(name.replace(/\s+/g, ' '));
    const controls = en
      ? [
          'Find by name',
          'What does the company want to improve?',
          'Pick on the map',
          'Maximum distance',
          'Results (15)',
        ]
      : ['Zoek op naam', 'Waar wil het bedrijf mee verder?', 'Kies op de kaart', 'Maximale afstand', 'Resultaten (15)'];
    for (const control of controls) expect(text).not.toContain(control);
  });
}
