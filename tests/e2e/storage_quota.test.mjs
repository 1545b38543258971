// End-to-end test of a really full localStorage (filled with other keys until the browser refuses): every
// edit stays on screen and is counted in the banner, "Försök spara igen" stores them all once space is
// freed, and a reload then loses nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from './browser.mjs';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest } from './harness.mjs';

const app = useApp();

const amountFields = (page) => page.locator('main input[aria-label^="Belopp för"]');
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

async function editAmount(page, index, value) {
  const field = amountFields(page).nth(index);
  await field.fill(String(value));
  await field.press('Enter');
}

/** Fills localStorage with `junk-*` keys until not even one more character fits; returns the keys. */
const fillStorage = (page) => page.evaluate(() => {
  const keys = [];
  for (let size = 1 << 20; size >= 1; size = Math.floor(size / 4)) {
    for (;;) {
      const key = `junk-${keys.length}`;
      try { localStorage.setItem(key, 'x'.repeat(size)); keys.push(key); } catch { break; }
    }
  }
  return keys;
});

test('storage full: 5 edits kept and counted, space freed, "Försök spara igen", a reload has all 5', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await editAmount(page, 0, 111_000);
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  const junk = await fillStorage(page);
  assert.ok(junk.length > 0, 'storage was filled');
  const values = [201_000, 202_000, 203_000, 204_000, 205_000];
  for (let i = 0; i < values.length; i++) await editAmount(page, i, values[i]);
  const banner = page.getByTestId('storage-banner');
  await banner.filter({ hasText: '5 ändringar är inte sparade' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.evaluate((keys) => keys.forEach((k) => localStorage.removeItem(k)), junk);
  await banner.getByRole('button', { name: 'Försök spara igen' }).click();
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  assert.equal(await banner.count(), 0, 'the banner is gone after the retry');
  await page.reload();
  await appReady(page);
  for (let i = 0; i < values.length; i++) {
    assert.equal(await amountFields(page).nth(i).inputValue(), grouped(values[i]), `edit ${i + 1} survived the reload`);
  }
  assertNoProblems(problems);
  await context.close();
});

test('closing the tab with unsaved changes asks first', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await editAmount(page, 0, 111_000);
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  const junk = await fillStorage(page);
  await editAmount(page, 0, 222_000);
  await page.getByTestId('storage-banner').waitFor();
  let asked = false;
  page.on('dialog', async (dialog) => {
    asked = dialog.type() === 'beforeunload';
    await dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.equal(asked, true, 'the browser asked before closing');
  const second = await context.newPage();
  await second.goto(app.url() + '#/budget');
  await appReady(second);
  await second.evaluate((keys) => keys.forEach((k) => localStorage.removeItem(k)), junk);
  assertNoProblems(problems);
  await context.close();
});

noForeignRequestsTest(app, 2);
