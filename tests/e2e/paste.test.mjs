// End-to-end tests of "Klistra in tabell" (Dela och spara) in headless Chromium: the two seed documents' tables,
// pasted as text without touching a field, give the documents' figures (Landskrona closing 4 649 297 kr; Lund
// 2015 computed 1 090 t kr against the printed 1 150 in the document check); a row's meaning can be changed in
// the preview; garbage (an e-mail, HTML, 5 MB, merged cells) gets a message and leaves storage byte-identical.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest, sv } from './harness.mjs';
import { printed } from './pdf.mjs';

const app = useApp();
const fixture = (name) => readFile(new URL(`../fixtures/paste/${name}`, import.meta.url), 'utf8');

async function storedHash(page) {
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('finsam-planner/')).sort()
    .map((k) => [k, localStorage.getItem(k)]));
  return createHash('sha256').update(JSON.stringify(stored)).digest('hex');
}

/** Opens Dela och spara, pastes `text` into the text area (as a paste would: one input) and reads it. */
async function pasteTable(page, text) {
  if (!page.url().endsWith('#/dela')) await page.goto(app.url() + '#/dela');
  const area = page.getByLabel('Tabellen som text');
  await area.evaluate((el, value) => { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); }, text);
  await page.getByRole('button', { name: 'Läs tabellen' }).click();
}

async function createFromPreview(page, name) {
  await page.getByTestId('paste-preview').waitFor();
  await page.getByLabel('Det nya förbundets namn').fill(name);
  await page.getByRole('button', { name: 'Skapa förbundet' }).click();
  await page.getByRole('status').filter({ hasText: `Förbundet ”${name}” skapades` }).waitFor();
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
}

const row = (page, name) => page.getByRole('row', { name }).first().innerText();

test('the Landskrona seed table (kr, trailing minus) gives the document\'s figures; axe passes on the preview', async () => {
  const { page, problems } = await app.open('#/budget');
  await pasteTable(page, await fixture('landskrona-bilaga1.txt'));
  const preview = page.getByTestId('paste-preview');
  await preview.waitFor();
  assert.match(await preview.innerText(), /år 2023, belopp i kr/);
  assert.equal(await page.getByLabel('Vad raden ”SUMMA KOSTNADER” är').inputValue(), '13');
  assert.match(await page.getByTestId('paste-check').innerText(), /1 iakttagelser:[\s\S]*92,5\s%/);
  assert.deepEqual(await axeViolations(page), []);
  await createFromPreview(page, 'Inklistrat Landskrona');
  await page.goto(app.url() + '#/budget');
  await page.getByRole('heading', { level: 2, name: 'Inklistrat Landskrona' }).waitFor();
  assert.match(await row(page, /^Utgående eget kapital/), new RegExp(sv('4 649 297')));
  assert.match(await row(page, /^Summa kostnader/), new RegExp(sv('3 611 000')));
  assert.equal(await page.getByRole('textbox', { name: 'Belopp för Ingående eget kapital 2023' }).inputValue(), sv('3 232 297'));
  const check = page.getByRole('region', { name: 'Kontroll mot dokumentet' });
  const checkText = await check.innerText();
  assert.equal((checkText.match(/Stämmer/g) || []).length, 8, checkText);
  assertNoProblems(problems);
});

test('the Lund seed table (t kr, four heading years, three columns) reports the printed 1 150 against 1 090', async () => {
  const { page, problems } = await app.open('#/budget');
  await pasteTable(page, await fixture('lund-budget-2016.txt'));
  const preview = page.getByTestId('paste-preview');
  await preview.waitFor();
  const text = await preview.innerText();
  assert.match(text, /år 2015–2017, belopp i t\skr/);
  assert.match(text, /Rubriken har åren 2015–2018 men bara 2015–2017 har belopp/);
  // The check on the table's own printed figures (seed_figures.md B5: 1, 2, 4, 5; equity on the printed figures).
  const tableCheck = await page.getByTestId('paste-check').innerText();
  assert.match(tableCheck, /7 iakttagelser/);
  assert.match(tableCheck, new RegExp(sv('2015: dokumentet anger 1 150 t kr men tillgängliga medel − summa kostnader är 1 090 t kr')));
  assert.match(tableCheck, new RegExp(sv('Sparade medel\\), 2016: dokumentet anger 1 000 t kr men förra årets utgående eget kapital är 1 150 t kr')));
  assert.match(tableCheck, /Rubriken har åren 2015–2018 men bara 2015–2017 har belopp/);
  assert.match(tableCheck, /under rubriken ”Tillgångar”/);
  const [file] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner kontrollen (CSV)' }).click()]);
  const csv = await readFile(await file.path(), 'utf8');
  assert.equal(file.suggestedFilename(), 'kontroll-av-tabellen.csv');
  assert.equal(csv.split('\r\n').filter(Boolean).length, 8, 'header and seven findings');
  await createFromPreview(page, 'Inklistrat Lund');
  await page.goto(app.url() + '#/budget');
  await page.getByRole('heading', { level: 2, name: 'Inklistrat Lund' }).waitFor();
  const closing = await row(page, /^Utgående eget kapital/);
  assert.match(closing, new RegExp(sv('1 090')), closing);
  const check = page.getByRole('region', { name: 'Kontroll mot dokumentet' });
  const printed = await check.getByRole('row', { name: /Medel till förfogande/ }).first().innerText();
  assert.match(printed, /2015/);
  assert.match(printed, new RegExp(sv('1 150')));
  assert.match(printed, new RegExp(sv('1 090')));
  assert.match(printed, new RegExp(sv('60')));
  // The verdict on the paper's own closing equity, too: 1 150 t kr against 20 % of 5 500 t kr = 1 100 t kr.
  const onPaper = await page.getByTestId('printed-equity').allInnerTexts();
  assert.equal(onPaper.length, 2, onPaper.join(' | '));
  assert.match(onPaper[0], /^Enligt dokumentets egna siffror:.*2015/);
  assert.match(onPaper[0], new RegExp(sv('1 150 t kr')));
  assert.match(onPaper[0], new RegExp(sv('1 100 t kr')));
  assertNoProblems(problems);
});

test('in English the table check is worded in English, on screen and in its CSV', async () => {
  const { page, problems } = await app.open('#/dela');
  await page.getByRole('button', { name: 'English' }).click();
  const area = page.getByLabel('The table as text');
  const text = await fixture('lund-budget-2016.txt');
  await area.evaluate((el, value) => { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); }, text);
  await page.getByRole('button', { name: 'Read the table' }).click();
  const tableCheck = await page.getByTestId('paste-check').innerText();
  assert.match(tableCheck, /7 findings/);
  assert.match(tableCheck, /The heading has the years 2015–2018 but only 2015–2017 have amounts/);
  assert.match(tableCheck, new RegExp(sv('2015: the document states 1 150 t kr but available funds − total costs is 1 090 t kr')));
  assert.doesNotMatch(tableCheck, /dokumentet anger/);
  const [file] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the check (CSV)' }).click()]);
  const csv = await readFile(await file.path(), 'utf8');
  assert.equal(file.suggestedFilename(), 'table-check.csv');
  assert.equal(csv.replace(/^\ufeff/, '').split('\r\n')[0], 'Line;Text;Year;Finding');
  assertNoProblems(problems);
});

test('a row\'s meaning chosen in the preview is what is built: Räntor not used lowers 2015 income by 50 t kr', async () => {
  const { page, problems } = await app.open('#/budget');
  await pasteTable(page, await fixture('lund-budget-2016.txt'));
  await page.getByLabel('Vad raden ”Räntor” är').selectOption({ label: 'Används inte' });
  await createFromPreview(page, 'Lund utan räntor');
  await page.goto(app.url() + '#/budget');
  await page.getByRole('heading', { level: 2, name: 'Lund utan räntor' }).waitFor();
  // By hand: 2 750 + 1 375 + 1 375 = 5 500 t kr.
  assert.match(await row(page, /^Summa intäkter/), new RegExp(sv('5 500')));
  assertNoProblems(problems);
});

test('a pasted table becomes a new scenario of the open förbund, opened, and one undo takes it back', async () => {
  const { page, problems } = await app.open('#/budget');
  const scenariosBefore = await page.getByLabel('Scenario', { exact: true }).locator('option').count();
  await pasteTable(page, await fixture('landskrona-bilaga1.txt'));
  await page.getByTestId('paste-preview').waitFor();
  await page.getByRole('radio', { name: 'ett nytt scenario i Samordningsförbundet Landskrona Svalöv' }).check();
  assert.equal(await page.getByLabel('Det nya scenariots namn').inputValue(), 'Budget 2023 (inklistrad)');
  await page.getByRole('button', { name: 'Skapa scenariot' }).click();
  await page.getByRole('status').filter({ hasText: 'Scenariot ”Budget 2023 (inklistrad)” lades till' }).waitFor();
  await page.goto(app.url() + '#/budget');
  await page.getByRole('table', { name: /Budget 2023 \(inklistrad\)/ }).waitFor();
  assert.match(await row(page, /^Utgående eget kapital/), new RegExp(sv('4 649 297')));
  const undo = page.getByTestId('undo');
  assert.match(await undo.innerText(), /lägg till scenariot Budget 2023 \(inklistrad\) från en inklistrad tabell/);
  await undo.click();
  await page.getByRole('table', { name: /Budget 2023 \(inklistrad\)/ }).waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel('Scenario', { exact: true }).locator('option').count(), scenariosBefore);
  assertNoProblems(problems);
});

test('a figure typed "enligt dokumentet" on the Budget page is checked, can be removed, and each is one undo', async () => {
  const { page, problems } = await app.open('#/budget');
  const check = page.getByRole('region', { name: 'Kontroll mot dokumentet' });
  const form = check.getByRole('group', { name: 'Ange en siffra enligt dokumentet' });
  await form.getByLabel('Siffra').selectOption({ label: 'Summa intäkter' });
  await form.getByLabel('År').selectOption('2023');
  await form.getByLabel(/Belopp enligt dokumentet/).fill('5 000 000');
  await form.getByLabel('Var i dokumentet (valfritt)').fill('Protokoll s. 2');
  await form.getByRole('button', { name: 'Lägg till' }).click();
  // By hand: Summa intäkter 2023 is 5 028 000 + 0 = 5 028 000, so the printed 5 000 000 is 28 000 short.
  const typed = check.getByRole('row', { name: /^Protokoll s\. 2/ });
  await typed.waitFor();
  assert.match(await typed.innerText(), new RegExp(sv('5 028 000 kr')));
  assert.match(await typed.innerText(), new RegExp(sv('-28 000 kr')));
  assert.match(await page.getByTestId('undo').innerText(), /ange Protokoll s\. 2 enligt dokumentet/);
  await check.getByRole('button', { name: 'Ta bort Protokoll s. 2 2023' }).click();
  await typed.waitFor({ state: 'detached' });
  await page.getByTestId('undo').click();
  await typed.waitFor();
  // A figure that is not an amount changes nothing.
  await form.getByLabel(/Belopp enligt dokumentet/).fill('fem miljoner');
  await form.getByRole('button', { name: 'Lägg till' }).click();
  await check.getByRole('alert').filter({ hasText: /./ }).waitFor();
  assertNoProblems(problems);
});

test('an amount used outside its catalogue item\'s period is named under the document check', async () => {
  const { page, problems } = await app.open('#/budget');
  const field = page.getByRole('textbox', { name: 'Belopp för Bankkostnader 2023' });
  await field.fill('6 000');
  await field.press('Enter');
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  assert.equal(await page.getByTestId('outside-period').count(), 0);
  // BIP Svalöv's period moved to 2021–2022, as an older file or another tool could leave it; the 2023 budget
  // still uses its 204 000 kr.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('finsam-planner/v2/ws/')
      && JSON.parse(localStorage.getItem(k)).data.name.includes('Landskrona'));
    const stored = JSON.parse(localStorage.getItem(key));
    const bip = stored.data.catalogue.find((item) => item.name === 'BIP Svalöv');
    bip.period = { start: { year: 2021, month: 1 }, end: { year: 2022, month: 12 } };
    localStorage.setItem(key, JSON.stringify(stored));
  });
  await page.reload();
  const found = page.getByTestId('outside-period');
  await found.first().waitFor();
  assert.deepEqual(await found.allInnerTexts(),
    [`${sv('BIP Svalöv, 2023: 204 000 kr')} fast insatsens period är 2021-01–2022-12.`]);
  // And in the Budgetförslag on A4.
  const pdf = (await printed(page)).map((p) => p.text).join(' ');
  assert.ok(pdf.includes('BIP Svalöv, 2023: 204 000 kr fast insatsens period är 2021-01–2022-12.'), pdf.slice(-800));
  assertNoProblems(problems);
});

test('the Lund document\'s text is read against its table; the check is kept with the scenario, printed, reloaded', async () => {
  const { page, problems } = await app.open('#/dela');
  await page.getByLabel('Dokumentets text (valfritt)').fill(await fixture('lund-document-2016.txt'));
  await pasteTable(page, await fixture('lund-budget-2016.txt'));
  const tableCheck = page.getByTestId('paste-check');
  await tableCheck.waitFor();
  const onPreview = await tableCheck.innerText();
  // Seven of the table's own, seven only the text shows (seed_figures.md B5.3, B5.6–B5.10).
  assert.match(onPreview, /14 iakttagelser/);
  assert.match(onPreview, /rubriken ”BUDGET för 2015” står i ett dokument om budgeten för 2016/);
  assert.match(onPreview, new RegExp(sv('Rad 31 \\(Utrikesfödda\\), 2017: 600 t kr fast texten \\(rad 315\\) säger ”till och med 2016”')));
  assert.match(onPreview, /Samverkansresurs AF\): raden nämns inte i dokumentets text/);
  assert.match(onPreview, /”uppnått dessa mål”/);
  await createFromPreview(page, 'Lund med text');
  await page.goto(app.url() + '#/budget');
  await page.getByRole('heading', { level: 2, name: 'Lund med text' }).waitFor();
  const kept = page.getByTestId('source-check');
  await kept.waitFor();
  assert.equal(await kept.getByRole('listitem').count(), 14);
  assert.match(await kept.innerText(), /Dokumentets text lästes också mot tabellen/);
  assert.match(await kept.innerText(), /klistrades in från ”Verksamhetsplan och budget 2016” \(2015–2017\)/);
  await page.reload();
  await page.getByTestId('source-check').waitFor();
  assert.equal(await page.getByTestId('source-check').getByRole('listitem').count(), 14);
  const [file] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner iakttagelserna (CSV)' }).click()]);
  assert.equal(file.suggestedFilename(), 'kontroll-av-dokumentet.csv');
  assert.equal((await readFile(await file.path(), 'utf8')).split('\r\n').filter(Boolean).length, 15);
  // Printed with the Budgetförslag, without the download button.
  const pdf = (await printed(page)).map((p) => p.text).join(' ');
  assert.ok(pdf.includes('Kontroll av det inklistrade dokumentet'), 'the kept check is printed');
  assert.ok(pdf.includes('Samverkansresurs AF'), 'a finding of the text is printed');
  assert.ok(pdf.includes('till september 2016'), 'the part-year finding is printed');
  assert.ok(!pdf.includes('Ladda ner iakttagelserna'), 'the button is not printed');
  // In English the kept findings are worded in English.
  await page.getByRole('button', { name: 'English' }).click();
  assert.match(await page.getByTestId('source-check').innerText(), /the row is not named in the document's text/);
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(problems);
});

test('a document text over the length limit is refused and nothing is read', async () => {
  const { page, problems } = await app.open('#/dela');
  const area = page.getByLabel('Dokumentets text (valfritt)');
  await area.evaluate((el) => { el.value = 'ord '.repeat(60_000); el.dispatchEvent(new Event('input', { bubbles: true })); });
  await pasteTable(page, await fixture('lund-budget-2016.txt'));
  await page.getByRole('alert').filter({ hasText: 'Dokumentets text är för lång (240000 tecken, högst 200000).' }).waitFor();
  assert.equal(await page.getByTestId('paste-preview').count(), 0);
  assertNoProblems(problems);
});

test('a table without a year row or a unit is read with the first year and unit chosen before reading', async () => {
  const { page, problems } = await app.open('#/budget');
  await page.goto(app.url() + '#/dela');
  await page.getByLabel('Första året (om tabellen inte har en rad med år)').fill('2030');
  await page.getByLabel('Beloppen är i').selectOption('tkr');
  await pasteTable(page, 'Medlemsavgifter\t4 000\nKansli\t900\nSumma kostnader\t900\n');
  const preview = page.getByTestId('paste-preview');
  await preview.waitFor();
  assert.match(await preview.innerText(), /3 rader, år 2030, belopp i t\skr/);
  assert.match(await preview.innerText(), new RegExp(sv('4 000')));
  await page.getByLabel('Första året (om tabellen inte har en rad med år)').fill('20x0');
  await page.getByRole('button', { name: 'Läs tabellen' }).click();
  await page.getByRole('alert').filter({ hasText: 'Skriv det första året med fyra siffror' }).waitFor();
  assertNoProblems(problems);
});

test('garbage gets a clear message and changes nothing stored', async () => {
  const { page, problems } = await app.open('#/budget');
  await page.goto(app.url() + '#/dela');
  const before = await storedHash(page);
  const cases = [
    ['Hej!\n\nVi ses på mötet den 14 maj kl 10 i sal 3.\nMed vänliga hälsningar\nAnna 070 123 45 67', /Hittade ingen budgettabell/],
    ['<table><tr><td>Summa kostnader</td><td>5 000</td></tr></table>', /HTML-kod/],
    ['Summa kostnader 1 000\n'.repeat(250_000), /Texten är för lång/],
    ['\t2015\t2016\nSumma intäkter\t5 550\t6 330\nKaosam\t700\t1 000\t750\n', /Rad 3 \(Kaosam\): 3 belopp men tabellen har 2 årskolumner/],
  ];
  for (const [text, message] of cases) {
    await pasteTable(page, text);
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
    assert.equal(await page.getByTestId('paste-preview').count(), 0);
  }
  assert.equal(await storedHash(page), before);
  assertNoProblems(problems);
});

noForeignRequestsTest(app, 7);
