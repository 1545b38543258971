// End-to-end tests of the settings page (#/installningar) in headless Chromium: the equity step table (the
// sourced default row, adding an unconfirmed row, editing a share and its effect on the budget), the unit and
// language choices, persistence across a reload, and accessibility.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from './browser.mjs';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest, sv } from './harness.mjs';

const app = useApp();

async function open() {
  const session = await app.open('#/installningar');
  await session.page.getByRole('heading', { level: 2, name: /^Inställningar/ }).waitFor();
  return session;
}

const steps = (page) => page.getByRole('table', { name: /^Trappa för eget kapital/ });
const field = (page, column, row) => page.getByRole('textbox', { name: `${column}, rad ${row}` });
const budgetRow = (page, name) => page.getByRole('row', { name: new RegExp(`^${name}`) }).first();

test('the default step row is the sourced "≤ 7 000 000 kr → 20 %", confirmed', async () => {
  const { page, problems, context } = await open();
  assert.equal(await steps(page).locator('tbody tr').count(), 1);
  assert.equal(await field(page, 'Tilldelning upp till', 1).inputValue(), sv('7 000 000'));
  assert.equal(await field(page, 'Högsta andel eget kapital (%)', 1).inputValue(), '20');
  assert.equal(await page.getByRole('checkbox', { name: 'Bekräftad, rad 1' }).isChecked(), true);
  assert.match(await field(page, 'Källa', 1).inputValue(), /Nationella rådets rekommendation 2013-10-02/);
  assert.equal(await steps(page).getByText('att bekräfta').count(), 0);
  assertNoProblems(problems);
  await context.close();
});

test('a row "≤ 15 000 000 kr → 15 %" is added, marked att bekräfta, and kept after a reload', async () => {
  const { page, problems, context } = await open();
  const form = page.getByRole('group', { name: 'Lägg till rad' });
  await form.getByLabel('Tilldelning upp till (kr)').fill('15 000 000');
  await form.getByLabel('Högsta andel eget kapital (%)').fill('15');
  await form.getByLabel('Källa').fill('Uppgift att bekräfta');
  await form.getByRole('button', { name: 'Lägg till rad' }).click();
  await page.getByText('Trappan är ändrad.').waitFor();
  const check = async () => {
    assert.equal(await field(page, 'Tilldelning upp till', 2).inputValue(), sv('15 000 000'));
    assert.equal(await field(page, 'Högsta andel eget kapital (%)', 2).inputValue(), '15');
    assert.equal(await page.getByRole('checkbox', { name: 'Bekräftad, rad 2' }).isChecked(), false);
    const row = steps(page).getByRole('row', { name: /^2 / });
    assert.equal(await row.getByText('att bekräfta', { exact: true }).count(), 1);
  };
  await check();
  await page.reload();
  await appReady(page);
  await check();
  assertNoProblems(problems);
  await context.close();
});

test('a share the engine refuses, or text that is not a percentage, changes nothing and says why', async () => {
  const { page, problems, context } = await open();
  const share = field(page, 'Högsta andel eget kapital (%)', 1);
  await share.fill('tjugo');
  await share.press('Enter');
  assert.equal(await share.getAttribute('aria-invalid'), 'true');
  assert.match(await page.getByRole('alert').filter({ hasText: /procentsats/ }).first().innerText(), /mellan 0 och 100/);
  await share.fill('0');
  await share.press('Enter');
  assert.equal(await share.getAttribute('aria-invalid'), 'true');
  await page.reload();
  await appReady(page);
  assert.equal(await field(page, 'Högsta andel eget kapital (%)', 1).inputValue(), '20');
  assertNoProblems(problems);
  await context.close();
});

test('20 % changed to 25 % gives Landskrona a recommended maximum of 1 257 000 kr in the budget', async () => {
  const { page, problems, context } = await open();
  const share = field(page, 'Högsta andel eget kapital (%)', 1);
  await share.fill('25');
  await share.press('Enter');
  await page.getByText('Trappan är ändrad.').waitFor();
  await page.getByRole('link', { name: 'Budget' }).click();
  // 25 % × 5 028 000 = 1 257 000 kr; 4 649 297 − 1 257 000 = 3 392 297 kr over.
  const row = budgetRow(page, 'Rekommenderat högsta eget kapital');
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(sv('1 257 000')));
  await page.getByRole('link', { name: 'Översikt' }).click();
  const overview = page.getByRole('row', { name: /^Budget 2023, 2023/ });
  assert.match(await overview.innerText(), new RegExp(`Över rekommendationen med ${sv('3 392 297 kr')}`));
  assertNoProblems(problems);
  await context.close();
});

test('the unit and the language can be chosen on the settings page and are remembered', async () => {
  const { page, problems, context } = await open();
  await page.getByRole('radio', { name: 't kr' }).check();
  assert.match(await steps(page).locator('caption').innerText(), /t\u00a0kr/);
  assert.equal(await field(page, 'Tilldelning upp till', 1).inputValue(), sv('7 000'));
  assert.equal(await page.getByLabel('Visa belopp i', { exact: true }).inputValue(), 'tkr');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('heading', { level: 2, name: /^Settings/ }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.getByRole('radio', { name: 'English' }).isChecked(), true);
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { level: 2, name: /^Settings/ }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 't kr' }).isChecked(), true);
  await page.getByRole('radio', { name: 'Svenska' }).check();
  await page.getByRole('heading', { level: 2, name: /^Inställningar/ }).waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('a step row is removed only after confirmation', async () => {
  const { page, problems, context } = await open();
  const remove = page.getByRole('button', { name: /^Ta bort: rad 1/ });
  await remove.click();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  assert.equal(await steps(page).locator('tbody tr').count(), 1);
  await remove.click();
  await page.getByRole('group', { name: /^Är du säker\?/ }).getByRole('button', { name: /^Ta bort/ }).click();
  await page.getByText('Tabellen är tom: ingen rekommendation visas.').waitFor();
  assert.equal(await steps(page).locator('tbody tr').count(), 0);
  assertNoProblems(problems);
  await context.close();
});

test('axe finds no accessibility violations on the settings page', async () => {
  const { page, problems, context } = await open();
  const form = page.getByRole('group', { name: 'Lägg till rad' });
  await form.getByLabel('Tilldelning upp till (kr)').fill('15 000 000');
  await form.getByLabel('Högsta andel eget kapital (%)').fill('15');
  await form.getByRole('button', { name: 'Lägg till rad' }).click();
  await page.getByText('Trappan är ändrad.').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(problems);
  await context.close();
});

noForeignRequestsTest(app, 7, 'no settings test saw a request to another host');
