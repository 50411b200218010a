/**
 * The advisor's visit end to end: a company, a question, three picks with notes, saved; a new start of
 * the app over the same database finds all of it; the one-page report as PDF (read back with pdftotext,
 * looked at as PNG), as text for an e-mail and the shortlist as CSV; "Nieuwe vraag" starts clean.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, SCREENSHOT_DIR, test } from './harness';

const NOTES = [
  'Demo van de verpakkingsrobot aanvragen; Jan belt in december.',
  'Vragen naar een vouchertraject voor de inpaklijn.',
  'Later: ordermails koppelen, eerst de robot.',
];

test('a visit: company, shortlist with notes, restart, report as PDF, text and CSV, then a clean new question', async ({
  app: { page, restart, copied, user },
}) => {
  // The start screen: no companies yet, a new one with a checked KvK number.
  const start = page.getByTestId('start-panel');
  await expect(start).toContainText('Nog geen bedrijven opgeslagen');
  // Nothing to export yet: the button says why instead of saving an empty file.
  await expect(start.getByRole('button', { name: 'Alle bezoeken als CSV' })).toBeDisabled();
  await expect(start.getByRole('button', { name: 'Alle bezoeken als CSV' })).toHaveAccessibleDescription(
    'Nog geen opgeslagen bezoeken: dit kan zodra u een bezoek hebt bewaard.',
  );
  await start.getByRole('button', { name: '+ Nieuw bedrijf' }).click();
  const form = page.getByRole('form', { name: 'Nieuw bedrijf' });
  await form.getByLabel('Naam').fill('Bakkerij Van Dijk');
  await form.getByLabel('KvK-nummer').fill('1234567');
  await form.getByLabel('Plaats of postcode').fill('Apeldoorn');
  await form.getByLabel(/^Sector/).fill('Voedingsmiddelenindustrie');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('alert')).toHaveText('Een KvK-nummer heeft precies 8 cijfers, bijvoorbeeld 12345678.');
  await form.getByLabel('KvK-nummer').fill('1234 5678');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('current-company')).toHaveText('Bakkerij Van Dijk');
  // The company's place and sector fill the profile.
  await expect(page.getByRole('combobox', { name: 'Vestigingsplaats' })).toHaveValue('Apeldoorn');
  await expect(page.getByTestId('company-card')).toContainText('Nog geen opgeslagen bezoek');
  // The sector in words is kept with its SBI code.
  await expect(page.getByTestId('company-card')).toContainText('Voedingsmiddelenindustrie (SBI 10)');

  // The question, then three picks from the results with the star.
  const need = page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' });
  await need.fill('verpakkingsrobot voor de inpaklijn');
  const results = page.getByRole('listbox', { name: 'Passende fieldlabs en partners' });
  await expect(results.getByRole('option').first()).toContainText('Fieldlab Industrial Robotics');
  const names: string[] = [];
  for (const i of [0, 1, 2]) {
    const row = results.getByRole('option').nth(i);
    const name = (await row.locator('.result-title strong').textContent())!;
    names.push(name);
    await row.getByTitle(`${name} op de shortlist zetten`).click();
    await expect(page.getByRole('tab', { name: `Shortlist en afspraken (${i + 1})` })).toBeVisible();
  }
  await expect(page.getByTestId('visit-status')).toHaveText(/opgeslagen om \d\d:\d\d/);

  // Notes per pick and for the visit, saved as they are typed.
  await page.getByRole('tab', { name: /Shortlist en afspraken/ }).click();
  const panel = page.getByTestId('visit-panel');
  for (const [i, name] of names.entries()) {
    await panel.getByRole('textbox', { name: `Notitie: ${name}` }).fill(NOTES[i]);
  }
  await panel.getByRole('combobox', { name: `Vervolg: ${names[0]}` }).selectOption({ label: 'geïntroduceerd' });
  await panel.getByTestId('visit-note').fill('Afgesproken: eerst een demo, daarna een offerte.');
  await panel.getByLabel('Vervolg op').fill('2026-12-15');
  // Move the third pick to the top.
  await panel.getByRole('button', { name: `${names[2]} omhoog` }).click();
  await panel.getByRole('button', { name: `${names[2]} omhoog` }).click();
  await expect(panel.locator('.shortlist-entry').first()).toHaveAttribute('data-record-id', /.+/);
  await expect(panel.locator('.shortlist-name').first()).toHaveText(names[2]);
  await expect(panel.getByText('bewaard').first()).toBeVisible();
  await page.waitForTimeout(600); // the last note's pause before it is written
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'visit-01-shortlist-nl.png') });

  // A new start of the app over the same database: the visit opens again, with everything in it.
  await restart();
  await expect(page.getByTestId('current-company')).toHaveText('Bakkerij Van Dijk');
  await expect(page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' })).toHaveValue(
    'verpakkingsrobot voor de inpaklijn',
  );
  await page.getByRole('tab', { name: 'Shortlist en afspraken (3)' }).click();
  const reopened = page.getByTestId('visit-panel');
  await expect(reopened.locator('.shortlist-name')).toHaveText([names[2], names[0], names[1]]);
  for (const [i, name] of names.entries()) {
    await expect(reopened.getByRole('textbox', { name: `Notitie: ${name}` })).toHaveValue(NOTES[i]);
  }
  await expect(reopened.getByRole('combobox', { name: `Vervolg: ${names[0]}` })).toHaveValue('introduced');
  await expect(reopened.getByTestId('visit-note')).toHaveValue('Afgesproken: eerst een demo, daarna een offerte.');
  await expect(reopened.getByLabel('Vervolg op')).toHaveValue('2026-12-15');

  // The report as PDF: one A4 page with the company, the three names and the notes.
  await reopened.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(reopened.getByTestId('report-outcome')).toContainText('Opgeslagen in');
  const pdf = user.saved.find((f) => f.endsWith('.pdf'))!;
  const target = join(SCREENSHOT_DIR, 'visit-report.pdf');
  copyFileSync(pdf, target);
  const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Advies voor Bakkerij Van Dijk');
  for (const name of names) expect(text).toContain(name.replace(/\s+/g, ' '));
  for (const note of NOTES) expect(text).toContain(note);
  expect(text).toContain('Afgesproken: eerst een demo, daarna een offerte.');
  expect(text).toContain('Regionaal loket voor Gelderland');
  const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\n/);
  expect(info).toMatch(/Page size:.*\(A4\)/);
  for (const f of readdirSync(SCREENSHOT_DIR)) if (/^visit-report-\d+\.png$/.test(f)) rmSync(join(SCREENSHOT_DIR, f));
  execFileSync('pdftoppm', ['-png', '-r', '80', target, join(SCREENSHOT_DIR, 'visit-report')]);

  // The same content as text for an e-mail.
  await reopened.getByRole('button', { name: 'Kopieer als tekst' }).click();
  await expect(reopened.getByTestId('report-outcome')).toHaveText('Gekopieerd: plak het in een e-mail.');
  expect(copied.at(-1)).toContain('Advies: Bakkerij Van Dijk, Apeldoorn');
  for (const note of NOTES) expect(copied.at(-1)).toContain(note);

  // The shortlist as CSV for Excel with Dutch settings: BOM, semicolons, the picks in their order.
  await reopened.getByRole('button', { name: 'Shortlist als CSV' }).click();
  await expect(reopened.getByTestId('report-outcome')).toContainText('.csv');
  const csvFile = user.saved.find((f) => f.endsWith('.csv'))!;
  const csv = readFileSync(csvFile, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(csv.slice(1), { delimiter: ';', columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.Naam)).toEqual([names[2], names[0], names[1]]);

  // The report in English, previewed in the app.
  await reopened.getByLabel('Taal van het rapport').selectOption('en');
  await reopened.getByRole('button', { name: 'Rapport bekijken' }).click();
  const preview = page.getByRole('dialog', { name: 'Rapport bekijken' });
  await expect(preview.getByTestId('report')).toContainText('Advice for Bakkerij Van Dijk');
  await expect(preview.getByTestId('report')).toContainText('Why it fits');
  await expect(preview.getByTestId('report-map').locator('.item')).toHaveCount(3);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'visit-02-report-preview-en.png') });
  await preview.getByRole('button', { name: 'Sluiten' }).click();

  // "Nieuwe vraag" with one key: the next caller gets a clean form; the saved company is in the list.
  await page.keyboard.press('Control+n');
  await expect(page.getByTestId('visit-bar')).toContainText('Vrij zoeken, zonder bedrijf');
  await expect(page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' })).toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Vestigingsplaats' })).toHaveValue('');
  const list = page.getByTestId('start-panel');
  await list.getByTestId('company-filter').fill('van dyk apeldorn');
  await expect(list.getByRole('button', { name: /Bakkerij Van Dijk/ })).toContainText('1 bezoek');
  await list.getByRole('button', { name: 'Alle bezoeken als CSV' }).click();
  await expect(list.getByRole('status')).toContainText('bezoeken.csv');
  const all = parse(readFileSync(user.saved.at(-1)!, 'utf8').slice(1), { delimiter: ';', columns: true }) as Record<
    string,
    string
  >[];
  expect(all).toHaveLength(1);
});
