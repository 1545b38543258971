// End-to-end tests of the compare page (#/jamfor) on the built app: the Lund 2016 scenarios side by side with
// hand-computed figures (seed_figures.md B6, domain.md §3.2), the "only rows that differ" toggle, the summary in
// words, both charts with their text alternatives and tables, keyboard use, the year picker, and axe.
//
// Hand calculation (kr), Lund 2016, "Godkänd kommunal ram" (A, baseline) against "Max statlig tilldelning" (B):
//   contributions  A 6 300 000 (3 150 000 / 1 575 000 / 1 575 000)  B 6 680 000 (3 340 000 / 1 670 000 / 1 670 000)
//   delta 380 000 = 6,03 % of 6 300 000; Lunds kommun +95 000, Region Skåne +95 000, Försäkringskassan +190 000
//   costs 5 660 000 in both, interest 30 000, opening equity 1 000 000
//   result A 6 330 000 − 5 660 000 = 670 000;  B 6 710 000 − 5 660 000 = 1 050 000
//   closing equity A 1 670 000 (1 670 / 6 300 = 26,5 %)  B 2 050 000 (2 050 / 6 680 = 30,7 %), delta +380 000
//   recommended maximum 20 %: A 1 260 000, B 1 336 000 (both closings are above it)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from './browser.mjs';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest, sv } from './harness.mjs';

const app = useApp();

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A row whose cells, after the row header, are exactly `cells` (tab-separated in innerText). */
const cellsRe = (cells) => new RegExp(`\\t${cells.map((c) => escape(sv(c))).join('\\t')}$`);

/** Lund, amounts in kr, the compare page open. */
async function openLundCompare(page) {
  await page.getByLabel('Förbund', { exact: true }).selectOption({ label: 'Lunds samordningsförbund' });
  await page.getByLabel('Visa belopp i', { exact: true }).selectOption({ label: 'kr' });
  await page.getByRole('navigation', { name: 'Sidor' }).getByRole('link', { name: 'Jämför' }).click();
  await page.getByRole('heading', { level: 2, name: 'Jämför scenarier' }).waitFor();
}

/** Compares the two 2016 scenarios by mouse. */
async function chooseThe2016Pair(page) {
  await page.getByRole('checkbox', { name: 'Max statlig tilldelning' }).check();
  await page.getByRole('checkbox', { name: /^Budget 2015–2017/ }).uncheck();
}

const compareTable = (page) => page.getByRole('table', { name: /^Jämförelse mot Godkänd kommunal ram, belopp i kr$/ });
const row = (scope, name) => scope.getByRole('row', { name }).first();

test('a workspace with one scenario says what is needed to compare', async () => {
  const { page, problems, context } = await app.open();
  await page.getByRole('link', { name: 'Jämför' }).click();
  await page.getByRole('status').filter({ hasText: 'bara ett scenario' }).waitFor();
  assert.equal(await page.getByRole('table').count(), 0);
  assertNoProblems(problems);
  await context.close();
});

test('Lund 2016: maximum state allocation against the approved frame, line by line', async () => {
  const { page, problems, context } = await app.open();
  await openLundCompare(page);
  await chooseThe2016Pair(page);
  const table = compareTable(page);
  await table.waitFor();
  assert.match(await row(table, /^Medlemsbidrag/).innerText(), cellsRe(['6 300 000', '6 680 000', '+380 000', '+6,0 %']));
  assert.match(await row(table, /^Lunds kommun/).innerText(), cellsRe(['1 575 000', '1 670 000', '+95 000', '+6,0 %']));
  assert.match(await row(table, /^Region Skåne/).innerText(), cellsRe(['1 575 000', '1 670 000', '+95 000', '+6,0 %']));
  assert.match(await row(table, /^Försäkringskassan/).innerText(), cellsRe(['3 150 000', '3 340 000', '+190 000', '+6,0 %']));
  assert.match(await row(table, /^Årets resultat/).innerText(), cellsRe(['670 000', '1 050 000', '+380 000', '+56,7 %']));
  assert.match(await row(table, /^Utgående eget kapital/).innerText(), cellsRe(['1 670 000', '2 050 000', '+380 000', '+22,8 %']));
  assert.match(await row(table, /^Administration/).innerText(), cellsRe(['800 000', '800 000', '0', '0,0 %']));
  assert.match(await row(table, /^Outnyttjade statliga medel/).innerText(), cellsRe(['190 000', '0', '-190 000', '-100,0 %']));

  const summary = await page.getByRole('region', { name: 'Sammanfattning' }).innerText();
  assert.ok(summary.includes(sv('Max statlig tilldelning ger 380 000 kr mer i medlemsbidrag än Godkänd kommunal ram')), summary);
  assert.ok(summary.includes(sv('Lunds kommun betalar 95 000 kr mer')), summary);
  assert.ok(summary.includes(sv('utgående eget kapital 2016: 2 050 000 kr (30,7 %) mot 1 670 000 kr (26,5 %)')), summary);
  assert.ok(summary.includes(sv('rekommendationen är högst 20 %')), summary);

  await page.getByRole('checkbox', { name: 'Visa bara rader som skiljer sig' }).check();
  await row(table, /^Administration/).waitFor({ state: 'detached' });
  assert.equal(await table.getByRole('row', { name: /^Summa kostnader/ }).count(), 0);
  assert.match(await row(table, /^Medlemsbidrag/).innerText(), /\+380/);
  assertNoProblems(problems);
  await context.close();
});

test('both charts have a text alternative and a table with the same figures', async () => {
  const { page, problems, context } = await app.open();
  await openLundCompare(page);
  await chooseThe2016Pair(page);

  const equityChart = page.getByRole('img', { name: 'Årets resultat och utgående eget kapital' });
  const equityDesc = await equityChart.locator('desc').textContent();
  assert.ok(equityDesc.includes(sv('Max statlig tilldelning: årets resultat 1 050 000 kr, utgående eget kapital 2 050 000 kr, rekommenderat högst 1 336 000 kr')), equityDesc);
  const equity = page.getByRole('region', { name: 'Årets resultat och utgående eget kapital' });
  await equity.getByText('Visa siffrorna som tabell').click();
  const equityTable = equity.getByRole('table');
  assert.match(await row(equityTable, /Godkänd kommunal ram/).innerText(), cellsRe(['670 000', '1 670 000', '1 260 000', '26,5 %']));
  assert.match(await row(equityTable, /Max statlig tilldelning/).innerText(), cellsRe(['1 050 000', '2 050 000', '1 336 000', '30,7 %']));
  assert.ok((await equity.getByRole('list').innerText()).includes('Rekommenderat högsta eget kapital'));

  const payersChart = page.getByRole('img', { name: 'Vem betalar: medlemsbidrag per part' });
  const payersDesc = await payersChart.locator('desc').textContent();
  assert.ok(payersDesc.includes(sv('Max statlig tilldelning: Försäkringskassan 3 340 000 kr, Region Skåne 1 670 000 kr, Lunds kommun 1 670 000 kr; totalt 6 680 000 kr')), payersDesc);
  const payers = page.getByRole('region', { name: 'Vem betalar: medlemsbidrag per part' });
  assert.deepEqual(await payers.getByRole('listitem').allInnerTexts(), ['Försäkringskassan', 'Region Skåne', 'Lunds kommun']);
  await payers.getByText('Visa siffrorna som tabell').click();
  const payersTable = payers.getByRole('table');
  assert.match(await row(payersTable, /Godkänd kommunal ram/).innerText(), cellsRe(['3 150 000', '1 575 000', '1 575 000', '6 300 000']));
  assert.match(await row(payersTable, /Max statlig tilldelning/).innerText(), cellsRe(['3 340 000', '1 670 000', '1 670 000', '6 680 000']));
  assertNoProblems(problems);
  await context.close();
});

test('another baseline turns the differences around and is remembered', async () => {
  const { page, problems, context } = await app.open();
  await openLundCompare(page);
  await chooseThe2016Pair(page);
  await page.getByLabel('Jämför mot', { exact: true }).selectOption({ label: 'Max statlig tilldelning' });
  const table = page.getByRole('table', { name: /^Jämförelse mot Max statlig tilldelning, belopp i kr$/ });
  // 380 000 of 6 680 000 is 5,69 %.
  assert.match(await row(table, /^Medlemsbidrag/).innerText(), cellsRe(['6 680 000', '6 300 000', '-380 000', '-5,7 %']));
  assert.match(await row(table, /^Lunds kommun/).innerText(), cellsRe(['1 670 000', '1 575 000', '-95 000', '-5,7 %']));
  const summary = await page.getByRole('region', { name: 'Sammanfattning' }).innerText();
  assert.ok(summary.includes(sv('Godkänd kommunal ram ger 380 000 kr mindre i medlemsbidrag än Max statlig tilldelning')), summary);
  assert.ok(summary.includes(sv('Lunds kommun betalar 95 000 kr mindre')), summary);
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  await page.reload();
  await appReady(page);
  await page.getByRole('checkbox', { name: 'Max statlig tilldelning (jämförelsebas)' }).waitFor();
  assertNoProblems(problems);
  await context.close();
});

/** Presses Tab until the focused element is the checkbox labelled `name` (at most 40 times). */
async function tabToCheckbox(page, name) {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.type === 'checkbox' ? el.closest('label')?.innerText.trim() : null;
    });
    if (focused?.startsWith(name)) return;
  }
  assert.fail(`Tab never reached the checkbox "${name}"`);
}

test('the checkboxes and the toggle work with Tab and Space', async () => {
  const { page, problems, context } = await app.open();
  await openLundCompare(page);
  await page.getByLabel('Visa belopp i', { exact: true }).focus();
  await tabToCheckbox(page, 'Budget 2015–2017');
  await page.keyboard.press('Space');
  assert.equal(await page.getByRole('checkbox', { name: /^Budget 2015–2017/ }).isChecked(), false);
  await page.getByRole('status').filter({ hasText: 'minst två' }).waitFor();
  await tabToCheckbox(page, 'Max statlig tilldelning');
  await page.keyboard.press('Space');
  assert.equal(await page.getByRole('checkbox', { name: 'Max statlig tilldelning' }).isChecked(), true);
  const table = compareTable(page);
  await row(table, /^Administration/).waitFor();
  await tabToCheckbox(page, 'Visa bara rader som skiljer sig');
  await page.keyboard.press('Space');
  await row(table, /^Administration/).waitFor({ state: 'detached' });
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused toggle shows a focus ring');
  assertNoProblems(problems);
  await context.close();
});

test('scenarios spanning several years get a year picker', async () => {
  const { page, problems, context } = await app.open();
  await openLundCompare(page);
  await page.getByRole('checkbox', { name: 'Max statlig tilldelning' }).check();
  const year = page.getByLabel('År', { exact: true });
  assert.deepEqual(await year.locator('option').allInnerTexts(), ['Alla år', '2015', '2016', '2017']);
  const table = page.getByRole('table', { name: /^Jämförelse mot Budget 2015–2017/ });
  assert.equal(await table.getByRole('rowheader', { name: '2015', exact: true }).count(), 1);
  await year.selectOption('2017');
  await table.getByRole('rowheader', { name: '2015', exact: true }).waitFor({ state: 'detached' });
  // Only the table scenario spans 2017: its 2017 contributions against nothing to compare.
  assert.match(await row(table, /^Medlemsbidrag/).innerText(), cellsRe(['7 000 000', '–', '–', '–', '–', '–', '–']));
  assert.equal(await page.getByRole('img', { name: 'Vem betalar: medlemsbidrag per part' }).count(), 1);
  await page.getByRole('checkbox', { name: 'Visa bara rader som skiljer sig' }).check();
  await table.getByText('Inget av de andra valda scenarierna omfattar 2017.').waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('the summary follows the language', async () => {
  const { page, problems, context } = await app.open();
  await openLundCompare(page);
  await chooseThe2016Pair(page);
  await page.getByRole('button', { name: 'English' }).click();
  const summary = await page.getByRole('region', { name: 'Summary' }).innerText();
  assert.ok(summary.includes(sv('Max statlig tilldelning gives 380 000 kr more in member contributions than Godkänd kommunal ram')), summary);
  await page.getByRole('img', { name: 'Who pays: member contributions per party' }).waitFor();
  assertNoProblems(problems);
  await context.close();
});

for (const [width, height] of [[1280, 720], [390, 844]]) {
  test(`axe finds no accessibility violations on the compare page at ${width} px`, async () => {
    const { page, problems, context } = await app.open('', { viewport: { width, height } });
    await openLundCompare(page);
    await chooseThe2016Pair(page);
    for (const summary of await page.getByText('Visa siffrorna som tabell').all()) await summary.click();
    assert.deepEqual(await axeViolations(page), []);
    assertNoProblems(problems);
    await context.close();
  });
}

noForeignRequestsTest(app, 8, 'no compare test saw a request to another host');
