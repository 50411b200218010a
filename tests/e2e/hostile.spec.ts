/**
 * What a clumsy user or a damaged install does to the screen: a remembered profile of the wrong shape,
 * texts over the limits, a point outside the Netherlands, a damaged user database. Each gets a plain
 * Dutch sentence and a usable screen, never a blank window or a developer's English error.
 */
import type { Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './harness';

/** No schema text, stack trace or English developer message anywhere on the page. */
async function expectNoRawErrors(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/Invalid request|Too big|Expected|ZodError|TypeError|at .*:\d+:\d+|undefined|NaN/);
}

test('a remembered profile of the wrong shape is set aside with a notice, and the form works', async ({
  app: { page, screenshot },
}) => {
  const need = page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' });
  for (const damaged of ['{"need":123}', '{"placeText":"","kinds":["castle"]}', 'not json at all {', '[]']) {
    // The form is up, so the app has written what it remembers; the damaged text replaces it.
    await expect(need).toBeVisible();
    await page.evaluate((text) => localStorage.setItem('fieldlab-finder.profile', text), damaged);
    await page.reload();
    const notice = page.getByTestId('profile-notice');
    await expect(notice).toContainText('Het bewaarde bedrijfsprofiel kon niet worden gelezen');
    expect(await page.evaluate(() => localStorage.getItem('fieldlab-finder.profile.set-aside'))).toBe(damaged);
    await expect(need).toHaveValue('');
    if (damaged === '{"need":123}') await screenshot('hostile-01-profile-notice-nl');
    await need.fill('lasrobot');
    await expect(
      page.getByRole('listbox', { name: 'Passende fieldlabs en partners' }).getByRole('option').first(),
    ).toBeVisible();
    await notice.getByRole('button', { name: 'Sluiten' }).click();
    await expect(notice).toBeHidden();
  }
  await expectNoRawErrors(page);
});

test('a remembered session of the wrong shape is set aside with a notice, and the advisor starts without a company', async ({
  app: { page },
}) => {
  const need = page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' });
  for (const damaged of ['{"companyId":"../../x","visitId":null}', '{"companyId":', '7']) {
    await expect(need).toBeVisible();
    await page.evaluate((text) => localStorage.setItem('fieldlab-finder.session', text), damaged);
    await page.reload();
    const notice = page.getByTestId('session-notice');
    await expect(notice).toContainText('Het laatst geopende bedrijf en bezoek konden niet worden gelezen');
    expect(await page.evaluate(() => localStorage.getItem('fieldlab-finder.session.set-aside'))).toBe(damaged);
    await expect(need).toBeVisible();
    await notice.getByRole('button', { name: 'Sluiten' }).click();
    await expect(notice).toBeHidden();
  }
  await expectNoRawErrors(page);
});

test('texts over the limits are cut at the limit with a counter, never an English error', async ({ app: { page } }) => {
  const need = page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' });
  await need.fill(`lasrobot ${'en nog meer tekst '.repeat(120)}`);
  await expect(need).toHaveValue(/^lasrobot/);
  expect((await need.inputValue()).length).toBe(1000);
  await expect(page.getByText('1000 van 1000 tekens')).toBeVisible();
  const place = page.getByRole('combobox', { name: 'Vestigingsplaats' });
  await place.fill(`Apeldoorn${'x'.repeat(300)}`);
  expect((await place.inputValue()).length).toBe(100);
  await place.press('Escape');
  await expect(page.getByRole('alert').first()).toContainText(
    'is geen Nederlandse plaats, gemeente of postcode die we kennen',
  );
  await expectNoRawErrors(page);
});

test('a point picked outside the Netherlands is refused with a note', async ({ app: { page } }) => {
  await page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' }).fill('drones');
  await page.getByRole('button', { name: 'Kies op de kaart' }).click();
  const box = (await page.locator('.advisor-map').boundingBox())!;
  // The far east of the map is Germany.
  await page.mouse.click(box.x + box.width - 8, box.y + box.height * 0.6);
  await expect(page.getByTestId('point-outside')).toHaveText(
    'Dat punt ligt buiten Nederland. Kies een plek in Nederland.',
  );
  await expect(page.locator('.company-marker')).toHaveCount(0);
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.55);
  await expect(page.getByTestId('point-outside')).toBeHidden();
  await expect(page.locator('.company-marker')).toHaveCount(1);
  await expectNoRawErrors(page);
});

test('a damaged user database is set aside, the user is told how to restore, and a backup brings it back', async ({
  app: { page, restart, user, screenshot },
}) => {
  await page.getByTestId('start-panel').getByRole('button', { name: '+ Nieuw bedrijf' }).click();
  await page.getByRole('form', { name: 'Nieuw bedrijf' }).getByLabel('Naam').fill('Bewaard BV');
  await page.getByRole('form', { name: 'Nieuw bedrijf' }).getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('current-company')).toHaveText('Bewaard BV');
  // A backup, made through "Mijn gegevens".
  await page.getByRole('button', { name: 'Mijn gegevens' }).click();
  let dialog = page.getByRole('dialog', { name: 'Uw eigen gegevens' });
  await dialog.getByRole('button', { name: 'Back-up opslaan als…' }).click();
  await expect(dialog.getByTestId('user-data-outcome')).toContainText('Back-up opgeslagen in');
  const backup = user.saved.at(-1)!;
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  let damagedBytes = Buffer.alloc(0);
  await restart(() => {
    const bytes = readFileSync(user.file);
    damagedBytes = Buffer.concat([bytes.subarray(0, 100), Buffer.alloc(bytes.length, 0x41)]);
    writeFileSync(user.file, damagedBytes);
  });
  const banner = page.getByTestId('user-db-set-aside');
  await expect(banner).toContainText(
    'Uw eigen gegevens konden bij het starten niet worden geopend (het bestand is beschadigd)',
  );
  await expect(banner).toContainText('Zet een back-up terug via "Mijn gegevens"');
  // Never deleted: the damaged file is kept, byte for byte.
  expect(readFileSync(user.userData.setAside!.keptAs).equals(damagedBytes)).toBe(true);
  await expect(page.getByTestId('start-panel')).toContainText('Nog geen bedrijven opgeslagen');
  await screenshot('hostile-02-user-db-set-aside-nl');

  // A file that is no backup is refused in plain words; the real backup brings the company back.
  await banner.getByRole('button', { name: 'Mijn gegevens' }).click();
  dialog = page.getByRole('dialog', { name: 'Uw eigen gegevens' });
  await expect(dialog.getByTestId('user-db-file')).toHaveText(user.file);
  user.nextOpen.path = user.userData.setAside!.keptAs;
  await dialog.getByRole('button', { name: 'Back-up terugzetten…' }).click();
  await expect(dialog.getByTestId('user-data-outcome')).toContainText(
    'Dit bestand is geen back-up van Fieldlab Finder: het is beschadigd of geen database. Er is niets veranderd',
  );
  user.nextOpen.path = backup;
  await dialog.getByRole('button', { name: 'Back-up terugzetten…' }).click();
  await expect(dialog.getByTestId('user-data-outcome')).toContainText(
    'Back-up teruggezet. Uw vorige gegevens zijn bewaard als',
  );
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByTestId('start-panel').getByRole('button', { name: /Bewaard BV/ })).toBeVisible();
  await expectNoRawErrors(page);
});

test('a profile that cannot be saved (storage full) gives a notice, and the form and results keep working', async ({
  app: { page },
}) => {
  // Storage refuses the profile from now on, as a full localStorage does.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'fieldlab-finder.profile' && value.length > 400) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.reload();
  const need = page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' });
  await need.fill(`lasrobot ${'voor het lassen van grote stalen onderdelen '.repeat(12)}`);
  const notice = page.getByTestId('profile-notice');
  await expect(notice).toContainText(
    'Het bedrijfsprofiel kon niet worden bewaard; het blijft staan zolang de app open is.',
  );
  await expect(need).toHaveValue(/^lasrobot voor het lassen/);
  await expect(
    page.getByRole('listbox', { name: 'Passende fieldlabs en partners' }).getByRole('option').first(),
  ).toBeVisible();
  await expectNoRawErrors(page);
});

test("a record opened from another's details does not show the other record's error", async ({
  app: { page, failLinks },
}) => {
  await page.getByRole('button', { name: 'Catalogus' }).click();
  await page.getByRole('searchbox', { name: 'Zoek in de lijst' }).fill('ramlab');
  await page.getByRole('button', { name: /^RAMLAB.*Details$/ }).click();
  const details = page.locator('section.details');
  await expect(details).toHaveAttribute('data-record-id', 'ramlab');
  failLinks(true);
  await details.getByRole('button', { name: 'Open website in de browser: https://www.ramlab.com' }).click();
  await expect(details.getByRole('alert')).toContainText('Kon de website niet openen');
  // The hub it belongs to, opened from its links, starts without that error.
  const links = details.locator('.detail-block', { has: page.getByRole('heading', { name: 'Verbonden met' }) });
  await links.locator('button.link-button').first().click();
  await expect(details).toHaveAttribute('data-record-id', 'nl-hub-zh');
  await expect(details.getByRole('alert')).toHaveCount(0);
  await expectNoRawErrors(page);
});

test('a screen that fails to draw shows a way back, not a blank window, and the rest keeps working', async ({
  app: { page, screenshot, breakChannel },
}) => {
  await page.getByRole('button', { name: 'Catalogus' }).click();
  await page.getByRole('searchbox', { name: 'Zoek in de lijst' }).fill('saxion');
  // A record that comes back without its fields, as a damaged file or another version could give.
  breakChannel('catalogue:get', { ok: true, value: { id: 'saxion', name: 'Saxion' } });
  await page.getByRole('button', { name: /^Saxion.*Details$/ }).click();
  const failed = page.getByTestId('screen-error');
  await expect(failed).toContainText('Dit scherm kon niet worden getoond.');
  await expect(failed).toContainText('Uw gegevens zijn niet verloren. Probeer het opnieuw.');
  // The catalogue has no form to empty: only the way that exists here is offered.
  await expect(failed).not.toContainText('leeg formulier');
  await screenshot('hostile-03-screen-failed-nl');
  // The header still works: the advice screen opens, and comes back.
  await page.getByRole('button', { name: 'Advies' }).click();
  await expect(page.getByRole('combobox', { name: 'Vestigingsplaats' })).toBeEditable();
  await page.getByRole('button', { name: 'Catalogus' }).click();
  // Once the answers are whole again, "try again" draws the record.
  breakChannel('catalogue:get', null);
  const retry = page.getByRole('button', { name: 'Opnieuw proberen' });
  if (await retry.isVisible()) await retry.click();
  await page.getByRole('searchbox', { name: 'Zoek in de lijst' }).fill('saxion');
  await page.getByRole('button', { name: /^Saxion.*Details$/ }).click();
  await expect(page.getByRole('region', { name: /Saxion/ })).toContainText('Andere locaties');
});
