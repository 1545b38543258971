// End-to-end tests of the built app (dist/, release build) in headless Chromium: first open, editing with
// autosave and reload, invalid input, language, storage problems, accessibility, and that the page makes no
// request to any host but 127.0.0.1 and logs no error.
import { test } from 'node:test';
import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { appReady } from './browser.mjs';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest, sv } from './harness.mjs';

const app = useApp();

const cell = (page, name) => page.getByRole('row', { name }).first();

test('first open shows the Landskrona example computed by the engine', async () => {
  const { page, problems, context } = await app.open();
  assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
  await page.getByRole('heading', { level: 1, name: 'Finsam-planeraren' }).waitFor();
  const closing = cell(page, /Utgående eget kapital/);
  assert.match(await closing.innerText(), new RegExp(sv('4 649 297')));
  assert.match(await cell(page, /^Summa kostnader/).innerText(), new RegExp(sv('3 611 000')));
  assert.match(await cell(page, /Årets resultat/).innerText(), new RegExp(sv('1 417 000')));
  assertNoProblems(problems);
  await context.close();
});

test('an edited amount is saved and still there after a reload', async () => {
  const { page, problems, context } = await app.open();
  const salaries = page.getByRole('textbox', { name: 'Belopp för Lönekostnader 2023' });
  assert.equal(await salaries.inputValue(), sv('1 050 000'));
  await salaries.fill('1 100 000');
  await salaries.press('Enter');
  // 4 649 297 − 50 000: the closing equity follows the edit.
  await page.waitForFunction(() => document.body.innerText.includes('4\u00a0599\u00a0297'));
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt · aldrig exporterad' }).waitFor();
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByRole('textbox', { name: 'Belopp för Lönekostnader 2023' }).inputValue(), sv('1 100 000'));
  assert.match(await cell(page, /Utgående eget kapital/).innerText(), new RegExp(sv('4 599 297')));
  assertNoProblems(problems);
  await context.close();
});

test('invalid input gets a Swedish message and changes nothing', async () => {
  const { page, problems, context } = await app.open();
  const rent = page.getByRole('textbox', { name: 'Belopp för Lokalkostnader 2023' });
  await rent.fill('60 000 kronor?');
  await rent.press('Enter');
  assert.equal(await rent.getAttribute('aria-invalid'), 'true');
  const message = await page.getByRole('alert').filter({ hasText: /\S/ }).first().innerText();
  assert.match(message, /tecken|belopp|enhet/i, `message was: ${message}`);
  assert.match(await cell(page, /Utgående eget kapital/).innerText(), new RegExp(sv('4 649 297')));
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByRole('textbox', { name: 'Belopp för Lokalkostnader 2023' }).inputValue(), sv('60 000'));
  assertNoProblems(problems);
  await context.close();
});

test('the Lund example shows both 2016 funding scenarios', async () => {
  const { page, problems, context } = await app.open();
  await page.getByLabel('Förbund', { exact: true }).selectOption({ label: 'Lunds samordningsförbund' });
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Max statlig tilldelning' });
  // Lund's document is in t kr, and so is the example's display.
  assert.match(await page.getByRole('table').first().locator('caption').innerText(), /t\u00a0kr/);
  assert.match(await cell(page, /^Medlemsbidrag/).innerText(), new RegExp(`\\t${sv('6 680')}$`));
  await page.getByLabel('Visa belopp i', { exact: true }).selectOption({ label: 'kr' });
  assert.match(await cell(page, /^Medlemsbidrag/).innerText(), new RegExp(sv('6 680 000')));
  assert.match(await cell(page, /^Lunds kommun/).innerText(), new RegExp(sv('1 670 000')));
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Godkänd kommunal ram' });
  assert.match(await cell(page, /^Medlemsbidrag/).innerText(), new RegExp(sv('6 300 000')));
  assert.match(await cell(page, /^Lunds kommun/).innerText(), new RegExp(sv('1 575 000')));
  assertNoProblems(problems);
  await context.close();
});

test('English can be chosen and is remembered', async () => {
  const { page, problems, context } = await app.open();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Finsam planner' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'Finsam planner' }).waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('without localStorage the app still works and says changes are not saved', async () => {
  const { page, problems, context } = await app.newSession();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('denied', 'SecurityError'); },
    });
  });
  await page.goto(app.url());
  await appReady(page);
  await page.getByText(/tillåter inte lagring/).waitFor();
  assert.match(await cell(page, /Utgående eget kapital/).innerText(), new RegExp(sv('4 649 297')));
  assertNoProblems(problems);
  await context.close();
});

test('unreadable stored data is shown as a problem and left untouched', async () => {
  const { page, problems, context } = await app.open();
  const garbage = '{"format": "finsam-planner/index", "schemaVersion": 2, "data": [ half a file';
  await page.evaluate((g) => localStorage.setItem('finsam-planner/v2/index', g), garbage);
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { name: 'Sparad data gick inte att läsa' }).waitFor();
  assert.match(await page.getByTestId('recovery').innerText(), /inte giltig JSON/);
  const salaries = page.getByRole('textbox', { name: 'Belopp för Lönekostnader 2023' });
  await salaries.fill('1 000 000');
  await salaries.press('Enter');
  await page.waitForFunction(() => document.body.innerText.includes('4\u00a0699\u00a0297'));
  assert.equal(await page.evaluate(() => localStorage.getItem('finsam-planner/v2/index')), garbage);
  assertNoProblems(problems);
  await context.close();
});

test('a stored v1 value is migrated to the v2 keys and kept as it was', async () => {
  const { page, problems, context } = await app.newSession();
  const v1 = await readFile(new URL('../fixtures/persist/v1-app.json', import.meta.url), 'utf8');
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('finsam-planner/v1/app', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, v1);
  await page.goto(app.url() + '#/budget');
  await appReady(page);
  // The fixture opens Lund's "Godkänd kommunal ram" in English: 2016 closes at 1 670 000 (seed_figures.md B).
  await page.getByRole('heading', { level: 1, name: 'Finsam planner' }).waitFor();
  assert.match(await cell(page, /Closing equity/).innerText(), /1[\u00a0,]?670/);
  const stored = await page.evaluate(() => ({
    v1: localStorage.getItem('finsam-planner/v1/app'),
    index: localStorage.getItem('finsam-planner/v2/index'),
  }));
  assert.equal(stored.v1, v1, 'the v1 value is byte-identical');
  assert.match(stored.index, /"schemaVersion":2/);
  assertNoProblems(problems);
  await context.close();
});

test('axe finds no accessibility violations on the first screen', async () => {
  const { page, problems, context } = await app.open();
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(problems);
  await context.close();
});

noForeignRequestsTest(app, 9);
