// End-to-end tests of several tabs and of closing right after an edit (reliability.md S6, S12) in headless
// Chromium: an edit in one tab shows in the other, a stale edit is refused with a message instead of
// overwriting the other tab's data, and an edit followed at once by a reload is never lost (50/50).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, watch } from './browser.mjs';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest } from './harness.mjs';

const app = useApp();
const amount = (page, index) => page.locator('main input[aria-label^="Belopp för"]').nth(index);
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

async function edit(page, index, value) {
  await amount(page, index).fill(String(value));
  await amount(page, index).press('Enter');
}

/** Waits until `page`'s stored workspaces contain the amount `value` (the save runs after the next frame). */
const untilStored = (page, value) => page.waitForFunction((v) => Object.keys(localStorage)
  .some((k) => k.startsWith('finsam-planner/v2/ws/') && localStorage.getItem(k).includes(`"${v}"`)), value);

const storedWorkspaces = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((k) => k.startsWith('finsam-planner/v2/ws/')).map((k) => localStorage.getItem(k)).join('\n'));

/** A second tab on the budget page in the same context (shared storage). It can be made to miss storage events
 *  (`window.__deaf = true`, as if it were behind) to make a stale edit on purpose. */
async function secondTab(context, problems, hash = '#/budget') {
  const b = await context.newPage();
  watch(b, problems);
  await b.addInitScript(() => {
    window.addEventListener('storage', (e) => { if (window.__deaf) e.stopImmediatePropagation(); }, true);
  });
  await b.goto(app.url() + hash);
  await appReady(b);
  return b;
}

test('two tabs: an edit in A shows in B within 1 s; a stale edit in B is refused and A\'s data stays', async () => {
  const { page: a, problems, context } = await app.open('#/budget');
  await edit(a, 0, 111_000);
  await a.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  const b = await secondTab(context, problems);
  assert.equal(await amount(b, 0).inputValue(), grouped(111_000));

  await edit(a, 1, 222_000);
  const started = Date.now();
  await b.waitForFunction((v) => document.querySelectorAll('main input[aria-label^="Belopp för"]')[1]?.value === v,
    grouped(222_000), { timeout: 1000 });
  console.log(`two tabs: edit in A shown in B after ${Date.now() - started} ms`);

  await b.evaluate(() => { window.__deaf = true; });
  await edit(a, 2, 333_000);
  await untilStored(a, 333000);
  await edit(b, 3, 444_000);
  await b.getByRole('alert').filter({ hasText: 'Ändrat i en annan flik' }).waitFor({ timeout: 1000 });
  const stored = await storedWorkspaces(a);
  assert.match(stored, /"333000"/, 'A\'s edit is stored');
  assert.doesNotMatch(stored, /"444000"/, 'B\'s stale edit did not overwrite it');
  assert.deepEqual(await axeViolations(b), []);

  // "Ladda om" in B shows A's data; B's next edit is then saved on top of it.
  await b.evaluate(() => { window.__deaf = false; });
  await b.getByRole('button', { name: 'Ladda om' }).click();
  assert.equal(await amount(b, 2).inputValue(), grouped(333_000));
  await edit(b, 3, 555_000);
  await untilStored(b, 555000);
  await a.waitForFunction((v) => document.querySelectorAll('main input[aria-label^="Belopp för"]')[3]?.value === v,
    grouped(555_000), { timeout: 1000 });
  const final = await storedWorkspaces(a);
  assert.match(final, /"333000"/);
  assert.match(final, /"555000"/);
  assertNoProblems(problems);
  await context.close();
});

test('"Spara min version som kopia" keeps both versions', async () => {
  const { page: a, problems, context } = await app.open('#/budget');
  await edit(a, 0, 111_000);
  await a.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  const b = await secondTab(context, problems);
  await b.evaluate(() => { window.__deaf = true; });
  await edit(a, 0, 222_000);
  await untilStored(a, 222000);
  await edit(b, 0, 333_000);
  await b.getByRole('button', { name: 'Spara min version som kopia' }).click();
  await untilStored(a, 333000);
  const stored = await storedWorkspaces(a);
  assert.match(stored, /"222000"/);
  assert.match(stored, /"333000"/);
  assert.match(stored, /\(min version\)/);
  assertNoProblems(problems);
  await context.close();
});

const scenarioList = (page) => page.getByRole('region', { name: 'Scenarier', exact: true });

async function renameScenario(page, from, to) {
  await scenarioList(page).getByRole('button', { name: `Byt namn: ${from}` }).click();
  const field = scenarioList(page).getByLabel(`Nytt namn för ${from}`);
  await field.fill(to);
  await field.press('Enter');
}

test('a true conflict is resolved per scenario: each tab\'s change to its own scenario is kept, in one undoable step', async () => {
  const { page: a, problems, context } = await app.open('#/oversikt');
  await a.getByLabel('Förbund', { exact: true }).selectOption({ label: 'Lunds samordningsförbund' });
  await a.getByRole('heading', { level: 2, name: 'Översikt: Lunds samordningsförbund' }).waitFor();
  await renameScenario(a, 'Godkänd kommunal ram', 'Ram 2016');
  await untilStored(a, 'Ram 2016');
  const b = await secondTab(context, problems, '#/oversikt');
  await b.getByRole('heading', { level: 2, name: 'Översikt: Lunds samordningsförbund' }).waitFor();
  await b.evaluate(() => { window.__deaf = true; });

  await renameScenario(a, 'Ram 2016', 'Ram (styrelsen)');
  await untilStored(a, 'Ram (styrelsen)');
  await renameScenario(b, 'Max statlig tilldelning', 'Max (förbundschefen)');
  await b.getByRole('alert').filter({ hasText: 'Ändrat i en annan flik' }).waitFor({ timeout: 1000 });
  assert.doesNotMatch(await storedWorkspaces(a), /Max \(förbundschefen\)/, 'nothing stored before the choice');

  await b.getByRole('button', { name: 'Välj per scenario' }).click();
  const groups = b.getByTestId('conflict-scenario');
  assert.equal(await groups.count(), 2, 'the two scenarios that differ, no other');
  const ram = b.getByRole('group', { name: 'Ram (styrelsen)', exact: true });
  const max = b.getByRole('group', { name: 'Max statlig tilldelning', exact: true });
  assert.equal(await ram.getByLabel('Den andra flikens version: Ram (styrelsen)').isChecked(), true, 'changed in A only');
  assert.equal(await max.getByLabel('Min version: Max (förbundschefen)').isChecked(), true, 'changed in B only');
  assert.deepEqual(await axeViolations(b), []);
  assert.doesNotMatch(await storedWorkspaces(a), /Max \(förbundschefen\)/, 'opening the choice stores nothing');

  await b.evaluate(() => { window.__deaf = false; });
  await b.getByRole('button', { name: 'Spara valet' }).click();
  await b.getByTestId('storage-banner').waitFor({ state: 'detached' });
  await untilStored(b, 'Max (förbundschefen)');
  const stored = await storedWorkspaces(a);
  assert.match(stored, /Ram \(styrelsen\)/, 'A\'s rename kept');
  assert.match(stored, /Max \(förbundschefen\)/, 'B\'s rename kept');
  assert.doesNotMatch(stored, /\(min version\)/, 'no copy when each side changed its own scenario');
  await scenarioList(a).getByRole('button', { name: 'Öppna: Max (förbundschefen)' }).waitFor({ timeout: 2000 });
  assert.equal(await b.getByTestId('undo').innerText(),
    'Ångra: välj version per scenario efter ändring i en annan flik');
  await b.getByTestId('undo').click();
  await scenarioList(b).getByRole('button', { name: 'Öppna: Max statlig tilldelning' }).waitFor();
  await scenarioList(b).getByRole('button', { name: 'Öppna: Ram (styrelsen)' }).waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('reload right after an edit, 50 times: 50/50 edits present', async () => {
  const { page, problems, context } = await app.open('#/budget');
  let present = 0;
  for (let i = 0; i < 50; i++) {
    const value = 100_000 + i * 1_000;
    await edit(page, i % 10, value);
    await page.waitForTimeout(Math.floor(Math.random() * 200));
    await page.reload();
    await appReady(page);
    if (await amount(page, i % 10).inputValue() === grouped(value)) present++;
  }
  console.log(`reload after edit: ${present}/50 present`);
  assert.equal(present, 50);
  assertNoProblems(problems);
  await context.close();
});

noForeignRequestsTest(app, 4);
