// End-to-end test of a really full localStorage (filled with other keys until the browser refuses): first the
// undo history is stored shorter and the app says so, then every edit stays on screen and is counted in the
// banner, "Försök spara igen" stores them all once space is freed, and a reload then loses nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from './browser.mjs';
import { amountFields, grouped, editAmount, savedLocally } from './edits.mjs';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest } from './harness.mjs';

const app = useApp();


/** Fills localStorage with `junk-*` keys until not even one more character fits; returns the keys. */
const fillStorage = (page) => page.evaluate(() => {
  const keys = [];
  for (let size = 1 << 20; size >= 1; size = Math.floor(size / 4)) {
    for (;;) {
      const key = `junk-${keys.length}`;
      try { localStorage.setItem(key, 'x'.repeat(size)); keys.push(key); } catch { break; }
    }
  }
  // The last few characters: one-letter keys with no value.
  for (const key of 'abcdefghijklmnopqrstuvwxyz') {
    try { localStorage.setItem(key, ''); keys.push(key); } catch { break; }
  }
  return keys;
});

/** Fills the storage, then edits until a save fails: the first saves succeed by storing a shorter undo history
 *  (which the app says), then the storage is filled again and the next growing edit cannot be stored. */
async function fillUntilRefused(page) {
  const junk = await fillStorage(page);
  await editAmount(page, 5, 3_000_000);
  await page.getByTestId('history-shortened').waitFor();
  junk.push(...await fillStorage(page));
  return junk;
}

test('storage full: the shorter history is said, 5 edits kept and counted, space freed, "Försök spara igen", a reload has all 5', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await editAmount(page, 0, 111_000);
  await savedLocally(page);
  const junk = await fillUntilRefused(page);
  assert.ok(junk.length > 0, 'storage was filled');
  // Each figure is longer than the one it replaces, so the förbund's stored text grows and cannot fit.
  const values = [1_201_000, 1_202_000, 1_203_000, 1_204_000, 1_205_000];
  for (let i = 0; i < values.length; i++) await editAmount(page, i, values[i]);
  const banner = page.getByTestId('storage-banner');
  await banner.filter({ hasText: '5 ändringar är inte sparade' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.evaluate((keys) => keys.forEach((k) => localStorage.removeItem(k)), junk);
  await banner.getByRole('button', { name: 'Försök spara igen' }).click();
  await savedLocally(page);
  assert.equal(await banner.count(), 0, 'the banner is gone after the retry');
  assert.equal(await page.getByTestId('history-shortened').count(), 0, 'the history is stored in full again');
  await page.reload();
  await appReady(page);
  for (let i = 0; i < values.length; i++) {
    assert.equal(await amountFields(page).nth(i).inputValue(), grouped(values[i]), `edit ${i + 1} survived the reload`);
  }
  // The history came back in full: six undos reach the first edit's figure.
  const undo = page.getByTestId('undo');
  for (let i = 0; i < 6; i++) await undo.click();
  assert.equal(await amountFields(page).nth(0).inputValue(), grouped(111_000), 'undone back to the first edit');
  assertNoProblems(problems);
  await context.close();
});

test('closing the tab with unsaved changes asks first', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await editAmount(page, 0, 111_000);
  await savedLocally(page);
  const junk = await fillUntilRefused(page);
  await editAmount(page, 0, 2_220_000); // longer than 111 000: the stored text grows and cannot fit
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
