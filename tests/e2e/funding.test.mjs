// End-to-end tests of the funding and equity panels on the budget page (release build in headless Chromium):
// the three funding options, the binding party, unused state money, warnings, who pays what, the pair button,
// the equity sentences, reload, keyboard use and axe. Every expected figure is computed by hand from the seeds
// (domain.md §2–§4, seed_figures.md), never copied from the app's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from './browser.mjs';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest, NBSP, sv } from './harness.mjs';

const app = useApp();

/** Retries `check` until it passes (the UI updates right after an event, but give it a moment). */
async function eventually(check, timeout = 5000) {
  const start = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - start > timeout) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

const fundingPanel = (page) => page.getByRole('region', { name: 'Finansiering och medlemsbidrag' });
const equityPanel = (page) => page.getByRole('region', { name: 'Eget kapital mot rekommendationen' });
const whoPays = (page) => fundingPanel(page).getByRole('table', { name: /^Vem betalar vad/ });
const fact = (page, id) => fundingPanel(page).getByTestId(id);

async function factIs(page, id, expected) {
  await eventually(async () => assert.equal(await fact(page, id).innerText(), expected));
}

async function whoPaysRow(page, name) {
  const cells = await whoPays(page).getByRole('row', { name: new RegExp(`^${name}`) }).locator('th, td').allInnerTexts();
  return cells.map((c) => c.trim());
}

/** Lund, one scenario, amounts in kr (the Lund example shows t kr by default). */
async function openLund(page, scenario) {
  await page.getByLabel('Förbund', { exact: true }).selectOption({ label: 'Lunds samordningsförbund' });
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: scenario });
  await page.getByLabel('Visa belopp i', { exact: true }).selectOption({ label: 'kr' });
}

async function typeAmount(page, name, text) {
  const field = fundingPanel(page).getByRole('textbox', { name, exact: true });
  await field.fill(text);
  await field.press('Enter');
}

test('Lund 2016: the maximum state allocation, approved frames and a raised frame', async () => {
  const { page, problems, context } = await app.open();
  await openLund(page, 'Godkänd kommunal ram');
  // S = 3 340 000, Lunds kommun's frame K = 1 575 000, the region states no maximum.
  await fundingPanel(page).getByRole('radio', { name: 'Max statlig tilldelning' }).check();
  await factIs(page, 'funding-total', sv('6 680 000 kr')); // 2 × 3 340 000
  await factIs(page, 'funding-unused', sv('0 kr'));
  assert.deepEqual((await whoPaysRow(page, 'Lunds kommun')).slice(0, 3), ['Lunds kommun', sv('1 670 000 kr'), sv('25,0 %')]);
  // Option 2 shows the raise each local party needs: 1 670 000 − 1 575 000.
  const frames = fundingPanel(page).getByRole('table', { name: /^Ramar och belopp 2016/ });
  assert.match(await frames.getByRole('row', { name: /^Lunds kommun/ }).innerText(), new RegExp(`${sv('95 000 kr')}$`));
  assert.equal(await fact(page, 'funding-binding').innerText(), 'Med godkända ramar skulle Lunds kommun begränsa.');

  await fundingPanel(page).getByRole('radio', { name: 'Godkända ramar' }).check();
  // q = min(3 340 000 / 2, 1 575 000) = 1 575 000 → 4q = 6 300 000; S − 2q = 190 000.
  await factIs(page, 'funding-total', sv('6 300 000 kr'));
  await factIs(page, 'funding-unused', sv('190 000 kr'));
  await factIs(page, 'funding-binding', 'Lunds kommun begränsar.');
  assert.equal(await fundingPanel(page).getByRole('textbox', { name: 'Beslutad ram för Lunds kommun 2016' }).inputValue(), sv('1 575 000'));
  assert.equal(await fundingPanel(page).getByRole('textbox', { name: 'Möjlig statlig tilldelning 2016' }).inputValue(), sv('3 340 000'));

  // K = 1 670 000 = S/2: both limit equally (the engine lists every side at the minimum).
  await typeAmount(page, 'Beslutad ram för Lunds kommun 2016', '1 670 000');
  await factIs(page, 'funding-total', sv('6 680 000 kr'));
  await factIs(page, 'funding-unused', sv('0 kr'));
  await factIs(page, 'funding-binding', 'Den statliga tilldelningen och Lunds kommun begränsar lika mycket.');

  // A region maximum of 1 500 000 binds: 4 × 1 500 000 = 6 000 000; 3 340 000 − 3 000 000 unused.
  await fundingPanel(page).getByRole('button', { name: 'Ange ram för Region Skåne' }).click();
  await typeAmount(page, 'Högsta belopp för Region Skåne 2016', '1 500 000');
  await factIs(page, 'funding-total', sv('6 000 000 kr'));
  await factIs(page, 'funding-unused', sv('340 000 kr'));
  await factIs(page, 'funding-binding', 'Region Skåne begränsar.');
  // The budget table follows the engine: Medlemsbidrag 6 000 000.
  assert.match(await page.getByRole('row', { name: /^Medlemsbidrag/ }).first().innerText(), new RegExp(sv('6 000 000')));
  assertNoProblems(problems);
  await context.close();
});

test('manual amounts start from the computed ones and a broken ½/¼/¼ names the party', async () => {
  const { page, problems, context } = await app.open();
  await openLund(page, 'Godkänd kommunal ram');
  await fundingPanel(page).getByRole('radio', { name: 'Manuella belopp' }).check();
  const field = (name) => fundingPanel(page).getByRole('textbox', { name: `Manuellt belopp för ${name} 2016` });
  await eventually(async () => assert.equal(await field('Försäkringskassan').inputValue(), sv('3 150 000')));
  assert.equal(await field('Region Skåne').inputValue(), sv('1 575 000'));
  assert.equal(await field('Lunds kommun').inputValue(), sv('1 575 000'));
  assert.equal(await fundingPanel(page).getByTestId('funding-warnings').count(), 0, 'no warning while ½/¼/¼ holds');

  await typeAmount(page, 'Manuellt belopp för Lunds kommun 2016', '1 500 000');
  // Quarters: 3 150 000 / 2 = 1 575 000, 1 575 000, 1 500 000 → the median is 1 575 000; Lund is 75 000 short.
  const warnings = fundingPanel(page).getByTestId('funding-warnings');
  await eventually(async () => assert.match(await warnings.innerText(),
    new RegExp(`Lunds kommun bryter ½/¼/¼: betalar ${sv('1 500 000 kr')}, ${sv('75 000 kr')} mindre än de ${sv('1 575 000 kr')}`)));
  await factIs(page, 'funding-total', sv('6 225 000 kr'));
  assert.equal(await fact(page, 'funding-unused').count(), 0, 'no S − 2q for manual amounts');

  // Back to approved frames: the frame inputs are kept (S 3 340 000, K 1 575 000).
  await fundingPanel(page).getByRole('radio', { name: 'Godkända ramar' }).check();
  await factIs(page, 'funding-total', sv('6 300 000 kr'));
  await factIs(page, 'funding-unused', sv('190 000 kr'));
  assertNoProblems(problems);
  await context.close();
});

test('who pays what: shares in Landskrona 2023 and changes in Lund', async () => {
  const { page, problems, context } = await app.open();
  // 5 028 000 → 2 514 000 / 1 257 000 / 1 257 000; municipalities 46 000 : 14 000 of 1 257 000.
  assert.deepEqual(await whoPaysRow(page, 'Försäkringskassan'), ['Försäkringskassan', sv('2 514 000 kr'), sv('50,0 %')]);
  assert.deepEqual(await whoPaysRow(page, 'Region Skåne'), ['Region Skåne', sv('1 257 000 kr'), sv('25,0 %')]);
  assert.deepEqual(await whoPaysRow(page, 'Landskrona Stad'), ['Landskrona Stad', sv('963 700 kr'), sv('19,2 %')]);
  assert.deepEqual(await whoPaysRow(page, 'Svalövs kommun'), ['Svalövs kommun', sv('293 300 kr'), sv('5,8 %')]);
  const af = await whoPaysRow(page, 'Arbetsförmedlingen');
  assert.deepEqual(af.slice(1), [sv('0 kr'), sv('0,0 %')]);
  assert.match(af[0], /betalas av Försäkringskassan/);
  assert.match(await fundingPanel(page).innerText(), /Försäkringskassan betalar statens hälft, inklusive Arbetsförmedlingens del/);
  assert.deepEqual((await whoPaysRow(page, 'Totalt')).slice(0, 2), ['Totalt', sv('5 028 000 kr')]);

  // Lund's 3-year table: 2016 against 2015, Lunds kommun 1 575 000 − 1 375 000.
  await openLund(page, 'Budget 2015–2017 (dokumentets tabell)');
  await fundingPanel(page).getByLabel('År', { exact: true }).selectOption('2016');
  await eventually(async () => assert.deepEqual(await whoPaysRow(page, 'Lunds kommun'),
    ['Lunds kommun', sv('1 575 000 kr'), sv('25,0 %'), sv('+200 000 kr')]));
  assert.ok(await whoPays(page).getByRole('columnheader', { name: 'Förändring mot 2015' }).isVisible());
  // 2017 (overview plan, manual 3 500 / 1 750 / 1 750): +175 000 for Lund.
  await fundingPanel(page).getByLabel('År', { exact: true }).selectOption('2017');
  await eventually(async () => assert.equal((await whoPaysRow(page, 'Lunds kommun'))[3], sv('+175 000 kr')));

  // Baseline "Godkänd kommunal ram": the maximum scenario's Lunds kommun pays 1 670 000 − 1 575 000 more.
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Max statlig tilldelning' });
  await fundingPanel(page).getByLabel('Baslinje att jämföra med').selectOption({ label: 'Godkänd kommunal ram' });
  await eventually(async () => assert.deepEqual(await whoPaysRow(page, 'Lunds kommun'),
    ['Lunds kommun', sv('1 670 000 kr'), sv('25,0 %'), sv('+95 000 kr')]));
  assert.deepEqual((await whoPaysRow(page, 'Totalt')).slice(1), [sv('6 680 000 kr'), '', sv('+380 000 kr')]);
  assert.ok(await whoPays(page).getByRole('columnheader', { name: 'Förändring mot baslinjen (Godkänd kommunal ram)' }).isVisible());
  assertNoProblems(problems);
  await context.close();
});

test('equity sentences: over, within at the cap, and negative', async () => {
  const { page, problems, context } = await app.open();
  // Landskrona 2023: 4 649 297 − 0,20 × 5 028 000 = 4 649 297 − 1 005 600 = 3 643 697.
  const sentence = () => equityPanel(page).getByRole('listitem').first().innerText();
  assert.match(await sentence(), new RegExp(
    `Utgående eget kapital 2023 \\(${sv('4 649 297 kr')}\\) överstiger rekommenderad nivå \\(${sv('1 005 600 kr')}\\) med ${sv('3 643 697 kr')} – risk för minskad statlig tilldelning kommande år\\.`));
  // 3 643 697 more salaries bring the closing equity exactly to the cap, which is within ("≤").
  const salaries = page.getByRole('textbox', { name: 'Belopp för Lönekostnader 2023' });
  await salaries.fill('4 693 697'); // 1 050 000 + 3 643 697
  await salaries.press('Enter');
  await eventually(async () => assert.match(await sentence(), new RegExp(
    `Utgående eget kapital 2023 \\(${sv('1 005 600 kr')}\\) ligger inom rekommendationen \\(högst 20${NBSP}% av medlemsbidragen, ${sv('1 005 600 kr')}\\)\\.`)));
  // 10 000 000 in salaries: 4 649 297 − (10 000 000 − 1 050 000) = −4 300 703.
  await salaries.fill('10 000 000');
  await salaries.press('Enter');
  await eventually(async () => assert.match(await sentence(), new RegExp(`Eget kapital blir negativt 2023 \\(${sv('-4 300 703 kr')}\\)`)));
  assert.match(await sentence(), /Negativt eget kapital/);

  // Lund 2016 (Godkänd kommunal ram): 1 670 000 − 0,20 × 6 300 000 = 1 670 000 − 1 260 000 = 410 000.
  await openLund(page, 'Godkänd kommunal ram');
  await eventually(async () => assert.match(await sentence(), new RegExp(
    `Utgående eget kapital 2016 \\(${sv('1 670 000 kr')}\\) överstiger rekommenderad nivå \\(${sv('1 260 000 kr')}\\) med ${sv('410 000 kr')}`)));
  assertNoProblems(problems);
  await context.close();
});

test('the pair button creates two scenarios shown in the scenario picker', async () => {
  const { page, problems, context } = await app.open();
  await openLund(page, 'Godkänd kommunal ram');
  await fundingPanel(page).getByRole('button', { name: 'Skapa paret Max statlig tilldelning / Godkänd ram' }).click();
  const first = 'Godkänd kommunal ram – Max statlig tilldelning';
  const second = 'Godkänd kommunal ram – Godkänd ram';
  await eventually(async () => assert.match(await fundingPanel(page).getByTestId('funding-message').innerText(),
    new RegExp(`Skapade scenarierna ”${first}” och ”${second}”`)));
  const picker = page.getByLabel('Scenario', { exact: true });
  const names = await picker.locator('option').allInnerTexts();
  assert.deepEqual(names.slice(0, 5), ['Budget 2015–2017 (dokumentets tabell)', 'Godkänd kommunal ram', first, second, 'Max statlig tilldelning']);
  await picker.selectOption({ label: first });
  await eventually(async () => assert.equal(await fundingPanel(page).getByRole('radio', { name: 'Max statlig tilldelning' }).isChecked(), true));
  await factIs(page, 'funding-total', sv('6 680 000 kr'));
  await picker.selectOption({ label: second });
  await factIs(page, 'funding-total', sv('6 300 000 kr'));
  assertNoProblems(problems);
  await context.close();
});

test('a funding change is saved and still there after a reload; the radios work by keyboard', async () => {
  const { page, problems, context } = await app.open();
  await openLund(page, 'Godkänd kommunal ram');
  const approved = fundingPanel(page).getByRole('radio', { name: 'Godkända ramar' });
  await approved.focus();
  await page.keyboard.press('ArrowDown'); // the next radio of the group: Max statlig tilldelning
  await factIs(page, 'funding-total', sv('6 680 000 kr'));
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  await page.reload();
  await appReady(page);
  assert.equal(await fundingPanel(page).getByRole('radio', { name: 'Max statlig tilldelning' }).isChecked(), true);
  await factIs(page, 'funding-total', sv('6 680 000 kr'));
  assert.equal(await page.getByLabel('Scenario', { exact: true }).inputValue(), '1');
  assertNoProblems(problems);
  await context.close();
});

test('axe finds no violations on the budget page with the funding and equity panels', async () => {
  const { page, problems, context } = await app.open();
  assert.deepEqual(await axeViolations(page), [], 'Landskrona, approved frames');
  await openLund(page, 'Budget 2015–2017 (dokumentets tabell)');
  await fundingPanel(page).getByLabel('År', { exact: true }).selectOption('2016');
  await fundingPanel(page).getByRole('radio', { name: 'Max statlig tilldelning' }).check();
  await fundingPanel(page).getByLabel('Baslinje att jämföra med').selectOption({ label: 'Godkänd kommunal ram' });
  await factIs(page, 'funding-total', sv('6 680 000 kr'));
  assert.deepEqual(await axeViolations(page), [], 'Lund table 2016, maximum state, with a baseline');
  await fundingPanel(page).getByRole('radio', { name: 'Manuella belopp' }).check();
  await typeAmount(page, 'Manuellt belopp för Lunds kommun 2016', '1 000 000');
  await fundingPanel(page).getByTestId('funding-warnings').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'manual amounts with a warning');
  assertNoProblems(problems);
  await context.close();
});

test('as people are told it: the allocation as a total sets the state half; the municipal frames as one total are split by the key', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await typeAmount(page, 'Eller som total tilldelning (statens del × 2) 2023', '6 000 000');
  const offer = fundingPanel(page).getByRole('textbox', { name: 'Möjlig statlig tilldelning 2023' });
  await eventually(async () => assert.equal(await offer.inputValue(), sv('3 000 000')));
  await typeAmount(page, 'Eller kommunernas ramar tillsammans 2023', '1 000 001');
  // By hand: 1 000 001 by 46 000 : 14 000 = 766 667,43 | 233 333,57; the krona left goes to Svalöv.
  const frame = (name) => fundingPanel(page).getByRole('textbox', { name: `Beslutad ram för ${name} 2023` });
  await frame('Svalövs kommun').waitFor();
  assert.equal(await frame('Landskrona Stad').inputValue(), sv('766 667'));
  assert.equal(await frame('Svalövs kommun').inputValue(), sv('233 334'));
  assert.match(await page.getByTestId('undo').innerText(), /^Ångra/);
  await page.getByTestId('undo').click();
  await frame('Svalövs kommun').waitFor({ state: 'detached' });
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(problems);
  await context.close();
});

noForeignRequestsTest(app, 8, 'no funding test saw a request to another host');
