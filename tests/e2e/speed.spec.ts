/**
 * Speed as a user feels it, printed (never asserted): launch to the first usable screen, and the
 * last keystroke of a word to the results that answer it. Timed inside the page (performance.now),
 * so Playwright's own round trips do not count. `npm run bench:app` prints these beside the others.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

type Timed = { usableAt?: number; lastKey?: number };
const timed = (page: Page) => page.evaluate(() => (globalThis as unknown as { __timed: Timed }).__timed);

/** p50, p95 and the worst of a list of milliseconds, as one line. */
function figures(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return `median ${at(50).toFixed(0)} ms, p95 ${at(95).toFixed(0)} ms, worst ${at(100).toFixed(0)} ms (${ms.length} samples)`;
}

test.beforeEach(async ({ context }) => {
  // From the first script on: when the place field first takes input, and when the last key went down.
  await context.addInitScript(() => {
    type Field = { disabled: boolean; readOnly: boolean };
    const page = globalThis as unknown as {
      document: { querySelector: (s: string) => Field | null };
      addEventListener: (type: string, f: () => void, capture: boolean) => void;
      requestAnimationFrame: (f: () => void) => void;
    };
    const t: Timed = {};
    Object.defineProperty(globalThis, '__timed', { value: t });
    page.addEventListener('keydown', () => (t.lastKey = performance.now()), true);
    const look = () => {
      const field = page.document.querySelector('.profile-pane input[role="combobox"]');
      if (field && !field.disabled && !field.readOnly) t.usableAt = performance.now();
      else page.requestAnimationFrame(look);
    };
    page.requestAnimationFrame(look);
  });
});

test('speed: launch to the first usable screen', async ({ app: { page } }) => {
  const ms: number[] = [];
  for (let run = 0; run < 6; run++) {
    if (run > 0) await page.reload();
    await expect(page.getByRole('combobox', { name: 'Vestigingsplaats' })).toBeEditable();
    await expect.poll(async () => (await timed(page)).usableAt).toBeGreaterThan(0);
    ms.push((await timed(page)).usableAt!);
  }
  console.log(`[measure] launch to first usable screen (from navigation, in the page): ${figures(ms)}`);
});

const QUESTIONS = [
  'verpakkingsrobot voor de inpaklijn',
  'lasrobot voor dunne plaat',
  'kwaliteitscontrole met een camera',
  'digital twin van de productielijn',
  'metalen onderdelen 3d printen',
  'sensoren voor voorspellend onderhoud',
  'cobot die pallets stapelt',
  'minder energie in de fabriek',
];

test('speed: last keystroke to settled results', async ({ app: { page } }) => {
  // Forty-odd words typed and timed: longer than one flow, on a machine that may be busy.
  test.setTimeout(120_000);
  const place = page.getByRole('combobox', { name: 'Vestigingsplaats' });
  await place.fill('Apeldoorn');
  await place.press('Escape');
  const need = page.getByRole('textbox', { name: 'Waar wil het bedrijf mee verder?' });
  const results = page.getByRole('listbox', { name: 'Passende fieldlabs en partners' });
  const ms: number[] = [];
  for (const question of QUESTIONS) {
    await need.fill('');
    let typed = '';
    for (const word of question.split(' ')) {
      typed += typed ? ` ${word}` : word;
      // A quick typist: 40 ms between keys.
      await need.pressSequentially(typed.length > word.length ? ` ${word}` : word, { delay: 40 });
      // Settled: the list is no longer busy and answers exactly the text in the field.
      const settledAt = await page.waitForFunction(
        (text) => {
          type El = { getAttribute: (name: string) => string | null };
          const doc = (globalThis as unknown as { document: { querySelector: (s: string) => El | null } }).document;
          const list = doc.querySelector('[data-answered]');
          return list?.getAttribute('aria-busy') === 'false' && list.getAttribute('data-answered') === text
            ? performance.now()
            : null;
        },
        typed,
        { polling: 'raf' },
      );
      ms.push((await settledAt.jsonValue())! - (await timed(page)).lastKey!);
    }
    await expect(results.getByRole('option').first()).toBeVisible();
  }
  console.log(`[measure] last keystroke to settled results: ${figures(ms)}`);
});
