// End-to-end tests of local storage failures (reliability.md S1, S2, S7) and "Radera all lokal data" in
// headless Chromium: a full quota keeps every edit on screen and the stored data unchanged, blocked storage
// still boots, a newer stored schema makes the tab read-only, and deletion leaves no key of the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appReady, watch } from './browser.mjs';
import { amountFields, grouped, editAmount, savedLocally } from './edits.mjs';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest, sv } from './harness.mjs';

const app = useApp();

/** sha256 of every key of the app and its value, as stored now. */
async function storedHash(page) {
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('finsam-planner/')).sort()
    .map((k) => [k, localStorage.getItem(k)]));
  return createHash('sha256').update(JSON.stringify(stored)).digest('hex');
}


/** Makes `setItem` throw an error named `name` while `window.__failWrites` is true. */
function failingWrites(name) {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function setItem(key, value) {
    if (window.__failWrites) {
      throw name === 'Error' ? new Error('refused') : new DOMException('full', name);
    }
    return original.call(this, key, value);
  };
}

for (const name of ['QuotaExceededError', 'Error']) {
  test(`setItem throwing ${name}: red banner at once, 20/20 edits on screen, stored data unchanged`, async () => {
    const { page, problems, context } = await app.newSession();
    await page.addInitScript(failingWrites, name);
    await page.goto(app.url() + '#/budget');
    await appReady(page);
    await editAmount(page, 0, 111_000);
    await savedLocally(page);
    const before = await storedHash(page);
    await page.evaluate(() => { window.__failWrites = true; });
    const count = Math.min(20, await amountFields(page).count());
    assert.equal(count, 20, 'the example has at least 20 amount fields');
    await editAmount(page, 0, 200_000);
    const banner = page.getByRole('alert').filter({ hasText: /inte sparad/ });
    await banner.waitFor({ timeout: 1000 });
    for (let i = 1; i < count; i++) await editAmount(page, i, 200_000 + i * 1_000);
    for (let i = 0; i < count; i++) {
      assert.equal(await amountFields(page).nth(i).inputValue(), grouped(200_000 + i * 1_000), `edit ${i + 1} on screen`);
    }
    assert.equal(await storedHash(page), before, 'the stored data is the data from before the failure');
    assert.deepEqual(await axeViolations(page), []);
    // The next successful save clears the banner and stores the latest figures.
    await page.evaluate(() => { window.__failWrites = false; });
    await editAmount(page, 0, 300_000);
    await savedLocally(page);
    assert.equal(await page.getByTestId('storage-banner').count(), 0);
    assertNoProblems(problems);
    await context.close();
  });
}

test('localStorage getter throws: the app boots with a banner and keeps working in memory', async () => {
  const { page, problems, context } = await app.newSession();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.goto(app.url() + '#/budget');
  await appReady(page);
  await page.getByRole('alert').filter({ hasText: /tillåter inte lagring/ }).waitFor({ timeout: 1000 });
  const field = await editAmount(page, 0, 123_000);
  assert.equal(await field.inputValue(), grouped(123_000));
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(problems);
  await context.close();
});

test('a newer schemaVersion stored by another tab makes this tab read-only: 0 writes', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await editAmount(page, 0, 111_000);
  await savedLocally(page);
  const other = await context.newPage();
  watch(other, problems);
  await other.goto(app.url() + '#/budget');
  await appReady(other);
  await other.evaluate(() => {
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith('finsam-planner/v2/'))) {
      localStorage.setItem(key, localStorage.getItem(key).replace('"schemaVersion":2', '"schemaVersion":3'));
    }
  });
  await other.close();
  await page.getByRole('alert').filter({ hasText: /skrivskyddad/ }).waitFor({ timeout: 1000 });
  const before = await storedHash(page);
  await editAmount(page, 1, 222_000);
  await page.waitForTimeout(300);
  assert.equal(await storedHash(page), before, 'the newer data is not overwritten');
  assert.match(await page.getByRole('alert').first().innerText(), /schemaversion 3/);
  assertNoProblems(problems);
  await context.close();
});

test('"Radera all lokal data" asks first, then leaves no key of the app and shows the examples', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await editAmount(page, 0, 111_000);
  await savedLocally(page);
  await page.goto(app.url() + '#/installningar');
  await page.getByRole('button', { name: 'Radera all lokal data' }).click();
  await page.getByText(/Det går inte att ångra/).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Ja, radera allt' }).click();
  await page.getByText('All lokal data är raderad. Exemplen visas.').waitFor();
  await page.waitForTimeout(300);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('finsam-planner/')));
  assert.deepEqual(keys, []);
  await page.goto(app.url() + '#/budget');
  assert.match(await page.getByRole('row', { name: /Utgående eget kapital/ }).first().innerText(), new RegExp(sv('4 649 297')));
  assertNoProblems(problems);
  await context.close();
});

test('persistence is asked for after the first save and shown in Settings; old unexported changes get a reminder', async () => {
  const { page, problems, context } = await app.open('#/budget');
  assert.equal(await page.getByTestId('export-reminder').count(), 0);
  await editAmount(page, 0, 111_000);
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt · aldrig exporterad' }).waitFor();
  await page.goto(app.url() + '#/installningar');
  await page.getByTestId('persistence').filter({ hasText: /lovat att behålla|kan radera datan/ }).waitFor();
  // Changes first made eight days ago and never exported.
  const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000).toISOString().slice(0, 10);
  await page.evaluate((day) => {
    const key = 'finsam-planner/v2/index';
    const index = JSON.parse(localStorage.getItem(key));
    index.data.firstUnexportedChangeOn = day;
    localStorage.setItem(key, JSON.stringify(index));
  }, eightDaysAgo);
  await page.reload();
  await appReady(page);
  await page.getByTestId('export-reminder').filter({ hasText: /inte har exporterats på över en vecka/ }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(problems);
  await context.close();
});

noForeignRequestsTest(app, 6);
