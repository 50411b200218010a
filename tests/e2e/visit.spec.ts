/**
 * The advisor's visit end to end: a company, a question, three picks with notes, saved; a new start of
 * the app over the same database finds all of it; the one-page report as PDF (read back with pdftotext,
 * looked at as PNG), as text for an e-mail and the shortlist as CSV; "Nieuwe vraag" starts clean.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Locator } from '@playwright/test';
import { expect, SCREENSHOT_DIR, test } from './harness';

const NOTES = [
  'Demo van de verpakkingsrobot aanvragen; Jan belt in december.',
  'Vragen naar een vouchertraject voor de inpaklijn.',
  'Later: ordermails koppelen, eerst de robot.',
];

/** The PDF's pages as PNG beside the screenshots (name-1.png, …), the old ones removed first. */
function pngPages(pdf: string, name: string): void {
  for (const f of readdirSync(SCREENSHOT_DIR))
    if (new RegExp(`^${name}-\\d+\\.png$`).test(f)) rmSync(join(SCREENSHOT_DIR, f));
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(SCREENSHOT_DIR, name)]);
}

/** No two of these round markers (circles, the star) overlap: their centres are farther apart than their radii. */
async function expectApart(markers: Locator): Promise<void> {
  const discs = await markers.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, r: Math.max(r.width, r.height) / 2 };
    }),
  );
  expect(discs.length).toBeGreaterThan(1);
  for (const [i, a] of discs.entries()) {
    for (const b of discs.slice(i + 1)) {
      expect(Math.hypot(a.x - b.x, a.y - b.y), `markers at ${JSON.stringify([a, b])}`).toBeGreaterThanOrEqual(
        a.r + b.r,
      );
    }
  }
}

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
  // Why it fits in plain sentences, the distance in km, the company's SBI code with its name.
  expect(text).toContain('Werkt aan robotica, waar u naar vroeg.');
  expect(text).toMatch(/Ligt op \d+ km van het bedrijf, in /);
  expect(text).toContain('Voedingsmiddelenindustrie (SBI 10)');
  expect(text).not.toMatch(/→|theme:|need:/);
  pngPages(target, 'visit-report');

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
  // The company is the star; two picks in Zwolle and the others keep apart on the map.
  await expect(preview.getByTestId('report-map-company')).toHaveCount(1);
  await expectApart(preview.getByTestId('report-map').locator('.item circle, [data-testid="report-map-company"]'));
  await expect(preview.getByTestId('report')).toHaveAttribute('data-report-fits', 'true');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'visit-02-report-preview-en.png') });
  await preview.getByRole('button', { name: 'Sluiten' }).click();
  await reopened.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(reopened.getByTestId('report-outcome')).toContainText('advice-');
  const en = join(SCREENSHOT_DIR, 'visit-report-en.pdf');
  copyFileSync(user.saved.filter((f) => f.endsWith('.pdf')).at(-1)!, en);
  const enText = execFileSync('pdftotext', [en, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(enText).toContain('Advice for Bakkerij Van Dijk');
  expect(enText).toContain('Works on robotics, which you asked about.');
  expect(enText).toContain('Voedingsmiddelenindustrie · SBI 10 Food products');
  expect(execFileSync('pdfinfo', [en], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
  pngPages(en, 'visit-report-en');

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

test('a long shortlist still fits one A4 page: five picks with long notes, the type shrunk but not below 80%', async ({
  app: { page, user },
}) => {
  await page.getByTestId('start-panel').getByRole('button', { name: '+ Nieuw bedrijf' }).click();
  const form = page.getByRole('form', { name: 'Nieuw bedrijf' });
  await form.getByLabel('Naam').fill('Metaalbewerking Oost');
  await form.getByLabel('Plaats of postcode').fill('Hengelo');
  await form.getByLabel(/^Sector/).fill('25.62');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await page
    .getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' })
    .fill('onze machines staan te vaak stil, we willen slim onderhoud en een lasrobot');
  const results = page.getByRole('listbox', { name: 'Passende fieldlabs en partners' });
  await expect(results.getByRole('option')).not.toHaveCount(0);
  const names: string[] = [];
  for (const i of [0, 1, 2, 3, 4]) {
    const row = results.getByRole('option').nth(i);
    const name = (await row.locator('.result-title strong').textContent())!;
    names.push(name);
    await row.getByTitle(`${name} op de shortlist zetten`).click();
    await expect(page.getByRole('tab', { name: `Shortlist en afspraken (${i + 1})` })).toBeVisible();
  }
  await page.getByRole('tab', { name: /Shortlist en afspraken/ }).click();
  const panel = page.getByTestId('visit-panel');
  const notes = names.map(
    (name, i) =>
      `Punt ${i + 1} voor ${name}: eerst bellen met de projectleider over een proef op onze eigen machines, ` +
      'dan samen een plan maken voor de subsidieaanvraag en de planning met het team bespreken voor de zomer.',
  );
  for (const [i, name] of names.entries())
    await panel.getByRole('textbox', { name: `Notitie: ${name}` }).fill(notes[i]);
  await panel
    .getByTestId('visit-note')
    .fill(
      'Afgesproken: de eigenaar kiest voor 1 februari twee van deze vijf; de adviseur stuurt de contactgegevens door ' +
        'en belt over drie weken om te horen hoe de eerste gesprekken gingen.',
    );

  // Straight from typing to the preview: the note is written as the field loses focus, and the
  // click still lands (nothing moves under the pointer). The preview measures the page and shrinks
  // the type to fit, never below 80%.
  await panel.getByRole('button', { name: 'Rapport bekijken' }).click();
  const report = page.getByRole('dialog', { name: 'Rapport bekijken' }).getByTestId('report');
  await expect(report).toHaveAttribute('data-report-fits', 'true');
  const scale = Number(await report.getAttribute('data-report-scale'));
  expect(scale).toBeLessThan(1);
  expect(scale).toBeGreaterThanOrEqual(0.8);
  await expectApart(report.getByTestId('report-map').locator('.item circle, [data-testid="report-map-company"]'));
  await page.getByRole('dialog', { name: 'Rapport bekijken' }).getByRole('button', { name: 'Sluiten' }).click();

  // The PDF: one page holding all five names and notes.
  await panel.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(panel.getByTestId('report-outcome')).toContainText('Opgeslagen in');
  const target = join(SCREENSHOT_DIR, 'visit-report-long.pdf');
  copyFileSync(
    user.saved.find((f) => f.endsWith('.pdf'))!,
    target,
  );
  expect(execFileSync('pdfinfo', [target], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
  const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const name of names) expect(text).toContain(name.replace(/\s+/g, ' '));
  for (const note of notes) expect(text).toContain(note.replace(/\s+/g, ' '));
  expect(text).toContain('Afgesproken: de eigenaar kiest voor 1 februari twee van deze vijf');
  pngPages(target, 'visit-report-long');

  // In English too (its sentences run longer): one page.
  await panel.getByLabel('Taal van het rapport').selectOption('en');
  await panel.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(panel.getByTestId('report-outcome')).toContainText('advice-');
  const english = join(SCREENSHOT_DIR, 'visit-report-long-en.pdf');
  copyFileSync(user.saved.filter((f) => f.endsWith('.pdf')).at(-1)!, english);
  expect(execFileSync('pdfinfo', [english], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
  const englishText = execFileSync('pdftotext', [english, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const note of notes) expect(englishText).toContain(note.replace(/\s+/g, ' '));
  expect(englishText).toContain('Why it fits');
  pngPages(english, 'visit-report-long-en');

  // Far too long even at 80%: the preview says what to do about it (and the type stops shrinking).
  await panel.getByTestId('visit-note').fill('Afgesproken: '.padEnd(4000, 'nog een afspraak, '));
  await panel.getByLabel('Taal van het rapport').selectOption('nl');
  await panel.getByRole('button', { name: 'Rapport bekijken' }).click();
  const tooLong = page.getByRole('dialog', { name: 'Rapport bekijken' });
  await expect(tooLong.getByTestId('report')).toHaveAttribute('data-report-fits', 'false');
  await expect(tooLong.getByTestId('report')).toHaveAttribute('data-report-scale', '0.8');
  await expect(tooLong.getByRole('status')).toHaveText(
    'Dit advies past niet op één A4, ook niet in kleinere letters: kort een notitie in of haal een organisatie van de shortlist.',
  );
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'visit-04-report-too-long-nl.png') });
  // Saved as PDF all the same, the advisor is told it ran onto more pages, as many as the file has.
  await tooLong.getByRole('button', { name: 'Sluiten' }).click();
  const before = user.saved.length;
  await panel.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(panel.getByTestId('report-outcome')).toContainText(/het advies beslaat \d+ pagina's in plaats van één/);
  const long = user.saved.slice(before).find((f) => f.endsWith('.pdf'))!;
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [long], { encoding: 'utf8' }))![1]);
  expect(pages).toBeGreaterThan(1);
  await expect(panel.getByTestId('report-outcome')).toContainText(`beslaat ${pages} pagina's`);
});

for (const lang of ['nl', 'en'] as const) {
  test(`a record not among the results goes on the shortlist by name from the catalogue (${lang})`, async ({
    app: { page },
  }) => {
    const en = lang === 'en';
    if (en) await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
    const start = page.getByTestId('start-panel');
    await start.getByRole('button', { name: en ? '+ New company' : '+ Nieuw bedrijf' }).click();
    const form = page.getByRole('form', { name: en ? 'New company' : 'Nieuw bedrijf' });
    await form.getByLabel(en ? 'Name' : 'Naam').fill('Bakkerij Van Dijk');
    await form.getByLabel(en ? 'Town or postcode' : 'Plaats of postcode').fill('Apeldoorn');
    await form.getByRole('button', { name: en ? 'Save' : 'Opslaan' }).click();
    await page
      .getByRole('textbox', {
        name: en ? 'What does the company want to improve?' : 'Waar wil het bedrijf mee verder?',
      })
      .fill('verpakkingsrobot voor de inpaklijn');
    const results = page.getByRole('listbox', {
      name: en ? 'Matching fieldlabs and partners' : 'Passende fieldlabs en partners',
    });
    await expect(results.getByRole('option').first()).toBeVisible();
    const first = (await results.getByRole('option').first().locator('.result-title strong').textContent())!;
    // RAMLAB in Rotterdam is no answer to this question.
    const RAMLAB = 'RAMLAB (Rotterdam Additive Manufacturing Fieldlab)';
    expect(await results.locator('.result-title strong').allTextContents()).not.toContain(RAMLAB);
    await results
      .getByRole('option')
      .first()
      .getByTitle(en ? `Put ${first} on the shortlist` : `${first} op de shortlist zetten`)
      .click();
    await page
      .getByRole('tab', { name: en ? /Shortlist and agreements \(1\)/ : /Shortlist en afspraken \(1\)/ })
      .click();
    const panel = page.getByTestId('visit-panel');

    // Found in the catalogue by a misspelt part of its name and its town.
    await expect(results).toBeHidden();
    const byName = panel.getByRole('combobox', { name: en ? 'Add by name' : 'Toevoegen op naam' });
    await byName.fill('ramlb rotterdam');
    const suggestions = panel.getByRole('listbox', { name: en ? 'Add by name' : 'Toevoegen op naam' });
    await expect(suggestions.getByRole('option').first()).toContainText(RAMLAB);
    await expect(suggestions.getByRole('option').first()).toContainText('Fieldlab · Rotterdam');
    if (en) await suggestions.getByRole('option').first().click();
    else {
      await byName.press('ArrowDown');
      await byName.press('Enter');
    }
    await expect(
      page.getByRole('tab', { name: en ? 'Shortlist and agreements (2)' : 'Shortlist en afspraken (2)' }),
    ).toBeVisible();
    await expect(panel.locator('.shortlist-name')).toHaveText([first, RAMLAB]);
    await expect(byName).toHaveValue('');
    // On the list once: the name is no longer offered.
    await byName.fill('ramlab');
    await expect(suggestions.getByRole('option', { name: new RegExp(RAMLAB.replace(/[()]/g, '.')) })).toHaveCount(0);
    await byName.fill('');

    // On the report, in the order of the list.
    await panel.getByRole('button', { name: en ? 'View report' : 'Rapport bekijken' }).click();
    const report = page.getByRole('dialog', { name: en ? 'View report' : 'Rapport bekijken' }).getByTestId('report');
    await expect(report.locator('.report-item h3')).toHaveText([`1 ${first}`, `2 ${RAMLAB}`]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `visit-03-add-by-name-${lang}.png`) });
  });
}
