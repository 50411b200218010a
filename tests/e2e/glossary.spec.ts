/**
 * Help in plain words: the glossary from a badge, a kind label and the "Uitleg" button; the plain
 * labels and an owner's example questions; a sector or place that is not recognised is said, with
 * suggestions as buttons. Screenshots in Dutch and English at 1366×768 and 960×600.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

const SIZES = [
  { name: '1366', width: 1366, height: 768 },
  { name: '960', width: 960, height: 600 },
] as const;

async function askRobot(page: Page) {
  await page.getByRole('combobox', { name: 'Vestigingsplaats' }).fill('Apeldoorn');
  await page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' }).fill('verpakkingsrobot');
  const first = page.getByRole('listbox', { name: 'Passende fieldlabs en partners' }).getByRole('option').first();
  await expect(first).toContainText('Fieldlab Industrial Robotics');
  return first;
}

for (const size of SIZES) {
  test(`the glossary opens at the entry of a badge or a kind label, in Dutch and English (${size.width}×${size.height})`, async ({
    app: { page, screenshot },
  }) => {
    await page.setViewportSize(size);
    const first = await askRobot(page);
    // A badge in the results list opens what "betrouwbaarheid" means, at that entry.
    await first.locator('[data-term="confidence"]').click();
    const glossary = page.getByRole('dialog', { name: 'Uitleg van de woorden' });
    await expect(glossary).toBeVisible();
    const current = glossary.locator('[aria-current="true"]');
    await expect(current).toHaveAttribute('data-term', 'confidence');
    await expect(current).toContainText('Hoe zeker we zijn van de gegevens');
    await expect(current).toBeInViewport();
    await screenshot(`glossary-01-badge-nl-${size.name}`);
    await page.keyboard.press('Escape');
    await expect(glossary).toHaveCount(0);

    // In the details the kind label is a button: by keyboard, Enter opens what a fieldlab is.
    await page.keyboard.press('Control+1');
    const details = page.getByRole('region', { name: /Fieldlab Industrial Robotics/ });
    await expect(details).toBeVisible();
    await details.getByRole('button', { name: 'Fieldlab', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(glossary.locator('[aria-current="true"]')).toHaveAttribute('data-term', 'fieldlab');
    await expect(glossary.locator('[aria-current="true"]')).toContainText('nieuwe technieken uitproberen');
    await page.keyboard.press('Escape');
    // Plain words in the details: who runs it, not "Trekkers".
    await expect(details).toContainText('Wie het organiseert');
    await expect(details).not.toContainText(/Trekkers|Onderbouwing/);

    // English: the same entries, translated.
    await page.getByLabel('Taal').selectOption('en');
    await page.keyboard.press('Escape');
    const firstEn = page.getByRole('listbox', { name: 'Matching fieldlabs and partners' }).getByRole('option').first();
    await firstEn.locator('[data-term="status"]').click();
    const glossaryEn = page.getByRole('dialog', { name: 'What the words mean' });
    await expect(glossaryEn.locator('[aria-current="true"]')).toContainText('Whether the initiative still runs');
    await expect(glossaryEn).not.toContainText(/Betrouwbaarheid|Kennisinstelling/);
    await screenshot(`glossary-02-badge-en-${size.name}`);
  });
}

test('the "Uitleg" button explains fieldlab, test site, institution, EDIH, hub and reliability; the catalogue labels lead there too', async ({
  app: { page, screenshot },
}) => {
  await page.getByRole('button', { name: 'Uitleg' }).click();
  const glossary = page.getByRole('dialog', { name: 'Uitleg van de woorden' });
  for (const term of ['Fieldlab', 'Testlocatie', 'Kennisinstelling', 'Regionale hub', 'EDIH', 'Betrouwbaarheid'])
    await expect(glossary.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) })).toBeVisible();
  await expect(glossary.locator('[aria-current="true"]')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Uitleg' })).toBeFocused();

  // The catalogue table: a kind label and a badge open their entries.
  await page.getByRole('button', { name: 'Catalogus' }).click();
  const row = page.locator('.record-table tbody tr').filter({ hasText: 'Kennisinstelling' }).first();
  await row.getByRole('button', { name: 'Kennisinstelling' }).click();
  await expect(glossary.locator('[aria-current="true"]')).toHaveAttribute('data-term', 'institution');
  await screenshot('glossary-03-catalogue-kind-nl');
  await page.keyboard.press('Escape');
  // An EDIH's details say it is one and explain it.
  await page.getByRole('searchbox', { name: 'Zoek in de lijst' }).fill('EDIH');
  await page
    .locator('.record-table tbody tr')
    .first()
    .getByRole('button', { name: /Details$/ })
    .click();
  await page.getByRole('button', { name: /\(EDIH\)$/ }).click();
  await expect(glossary.locator('[aria-current="true"]')).toContainText('European Digital Innovation Hub');
});

for (const size of SIZES) {
  test(`an unrecognised sector is said, with sectors to choose from, in Dutch and English (${size.width}×${size.height})`, async ({
    app: { page, screenshot },
  }) => {
    await page.setViewportSize(size);
    // The examples in the fields are an owner's words.
    const sector = page.getByRole('combobox', { name: 'Sector' });
    await expect(sector).toHaveAttribute('placeholder', 'Bijv. "wij maken hekwerken"');
    const need = page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' });
    await expect(need).toHaveAttribute('placeholder', /onze machines vallen vaak stil/);
    await askRobot(page);
    // The example itself is recognised: no note.
    await sector.fill('wij maken hekwerken');
    await sector.press('Escape');
    await expect(page.getByTestId('results-status')).toHaveText(/resultaten/);
    await expect(page.getByTestId('sector-note')).toHaveCount(0);
    // "zeefdruk" is no sector we know: said, with the printing sector to choose.
    await sector.fill('wij doen zeefdruk');
    await sector.press('Escape');
    const note = page.getByTestId('sector-note');
    await expect(note).toContainText('"wij doen zeefdruk" herkennen we niet als sector');
    await expect(note.getByRole('button', { name: 'Drukkerijen' })).toBeVisible();
    await screenshot(`glossary-04-sector-note-nl-${size.name}`);
    await page.getByLabel('Taal').selectOption('en');
    await expect(note).toContainText('We do not recognise "wij doen zeefdruk" as a sector');
    await expect(note.getByRole('button', { name: /^Printing/ })).toBeVisible();
    await screenshot(`glossary-05-sector-note-en-${size.name}`);
    // Words like no sector at all: said, with what to type instead.
    await sector.fill('qqq xyzzy');
    await sector.press('Escape');
    await expect(page.getByTestId('sector-note')).toContainText('Type another word for what the company makes');
    // A suggestion chosen is the sector: the note goes.
    await page.getByLabel('Language').selectOption('nl');
    await sector.fill('wij doen zeefdruk');
    await sector.press('Escape');
    await note.getByRole('button', { name: 'Drukkerijen' }).click();
    await expect(sector).toHaveValue('Drukkerijen');
    await expect(page.getByTestId('sector-note')).toHaveCount(0);
  });
}

test('an unknown place offers the places it may be as buttons', async ({ app: { page, screenshot } }) => {
  const place = page.getByRole('combobox', { name: 'Vestigingsplaats' });
  await page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' }).fill('robot');
  // Three letters off: too far to guess, near enough to suggest.
  await place.fill('Apldorn');
  await place.press('Escape');
  await expect(page.getByRole('alert')).toContainText('"Apldorn" is geen Nederlandse plaats');
  const suggestions = page.getByTestId('place-suggestions');
  await expect(suggestions).toContainText('Kies een plaats:');
  await screenshot('glossary-06-place-suggestions-nl');
  await suggestions.getByRole('button', { name: 'Apeldoorn' }).click();
  await expect(place).toHaveValue('Apeldoorn');
  await expect(page.getByText('✓ Apeldoorn, Gelderland')).toBeVisible();
  await expect(suggestions).toHaveCount(0);
});
