// End-to-end tests of the catalogue (#/katalog) on the built app, driven by labels and roles: create → edit →
// include in two scenarios → both scenarios' totals change → override in one → status change warns → search and
// filters find it; the CSV's bytes; adding from the catalogue on the budget page; axe on every catalogue screen.
//
// Hand calculation (Lund, seed 002 B3): total costs 2016 are 5 660 000 kr in both 2016 scenarios. A new item with
// 250 000 kr in 2016 included in both makes them 5 910 000 kr; an override of 100 000 kr in "Max statlig
// tilldelning" makes that one 5 760 000 kr while "Godkänd kommunal ram" stays at 5 910 000 kr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest, sv } from './harness.mjs';

const app = useApp();
const NAME = 'Testinsats Unga vuxna';

/** Lund open in kr, on the catalogue page. */
async function openLundCatalogue() {
  const session = await app.open('#/katalog');
  const { page } = session;
  await page.getByLabel('Förbund', { exact: true }).selectOption({ label: 'Lunds samordningsförbund' });
  await page.getByLabel('Visa belopp i', { exact: true }).selectOption({ label: 'kr' });
  await page.getByRole('heading', { level: 2, name: /^Katalog/ }).waitFor();
  return session;
}

const nav = (page, name) => page.getByRole('navigation', { name: 'Sidor' }).getByRole('link', { name }).click();

/** The costs of `scenario` in `year` on the overview (the second figure of its year row). */
async function costs(page, scenario, year) {
  await nav(page, 'Översikt');
  const row = page.getByRole('row', { name: new RegExp(`^${scenario}, ${year}`) });
  await row.getByRole('cell').first().waitFor();
  const cells = await row.getByRole('cell').allInnerTexts();
  await nav(page, 'Katalog');
  await page.getByRole('heading', { level: 2, name: /^Katalog/ }).waitFor();
  return cells[1];
}

async function openItem(page, name) {
  await page.getByRole('button', { name: `Redigera: ${name}` }).click();
  await page.getByRole('heading', { level: 3, name: `Redigera: ${name}` }).waitFor();
}

async function createItem(page, { name, amount2016 }) {
  await page.getByRole('button', { name: 'Ny post' }).click();
  await page.getByRole('heading', { level: 3, name: 'Ny post i katalogen' }).waitFor();
  await page.getByLabel('Namn', { exact: true }).fill(name);
  await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Projekt' });
  await page.getByLabel('Målgrupp', { exact: true }).fill('Unga vuxna 18–29 år');
  await page.getByLabel('Start', { exact: true }).fill('2016-01');
  await page.getByLabel('Slut', { exact: true }).fill('2016-12');
  await page.getByRole('textbox', { name: 'Belopp 2016' }).fill(amount2016);
  await page.getByRole('textbox', { name: 'Planerade deltagare 2016' }).fill('12');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('heading', { level: 3, name: `Redigera: ${name}` }).waitFor();
}

test('create, edit, include in two scenarios, override in one, change status, then find it', async () => {
  const { page, problems, context } = await openLundCatalogue();
  assert.deepEqual(await axeViolations(page), [], 'axe on the list');
  await createItem(page, { name: NAME, amount2016: '250 000' });
  await page.getByText(`Tillagd i katalogen: ${NAME}.`).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'axe on the form');

  // A refused save names the problem and changes nothing.
  await page.getByRole('textbox', { name: 'Belopp 2016' }).fill('12,3,4');
  await page.getByLabel('Slut', { exact: true }).fill('2016-13');
  await page.getByRole('button', { name: 'Spara' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Rätta följande innan du sparar:' });
  await summary.getByText('Skriv månaden som ÅÅÅÅ-MM, t.ex. 2016-03.').waitFor();
  assert.equal(await summary.getByRole('listitem').count(), 2);
  assert.equal(await page.getByRole('textbox', { name: 'Belopp 2016' }).getAttribute('aria-invalid'), 'true');
  await page.getByRole('button', { name: 'Avbryt' }).click();
  assert.match(await page.getByRole('row', { name: new RegExp(NAME) }).innerText(), /2016-01 – 2016-12/);

  // Include it in both 2016 scenarios: both totals grow by 250 000 kr.
  await openItem(page, NAME);
  for (const scenario of ['Godkänd kommunal ram', 'Max statlig tilldelning']) {
    await page.getByRole('button', { name: `Ta med: ${scenario}` }).click();
    await page.getByRole('button', { name: `Ta bort ur scenariot: ${scenario}` }).waitFor();
  }
  await page.getByRole('button', { name: 'Avbryt' }).click();
  assert.equal(await costs(page, 'Godkänd kommunal ram', 2016), sv('5 910 000'));
  assert.equal(await costs(page, 'Max statlig tilldelning', 2016), sv('5 910 000'));

  // Override in one: only that one changes.
  await openItem(page, NAME);
  const override = page.getByRole('textbox', { name: 'Belopp i Max statlig tilldelning 2016' });
  await override.fill('100 000');
  await override.press('Enter');
  await page.getByRole('button', { name: 'Följ katalogen: Max statlig tilldelning 2016' }).waitFor();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  assert.equal(await costs(page, 'Max statlig tilldelning', 2016), sv('5 760 000'));
  assert.equal(await costs(page, 'Godkänd kommunal ram', 2016), sv('5 910 000'));

  // Changing the catalogue amount reaches the scenario that follows it, not the overridden one.
  await openItem(page, NAME);
  await page.getByRole('textbox', { name: 'Belopp 2016' }).fill('300 000');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByText('Ändringen slår igenom i: Godkänd kommunal ram.').waitFor();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  assert.equal(await costs(page, 'Godkänd kommunal ram', 2016), sv('5 960 000'));
  assert.equal(await costs(page, 'Max statlig tilldelning', 2016), sv('5 760 000'));

  // Rejecting it warns about the scenarios that still include it.
  await openItem(page, NAME);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Avslagen' });
  await page.getByText('Posten är avslagen eller avbruten men ingår fortfarande i: Godkänd kommunal ram, Max statlig tilldelning.').waitFor();
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByText(`Sparat: ${NAME}.`).waitFor();
  await page.getByRole('button', { name: 'Avbryt' }).click();

  // Search and filters find it.
  const search = page.getByRole('searchbox', { name: 'Sök' });
  await search.fill('testINSATS');
  await page.getByRole('button', { name: `Redigera: ${NAME}` }).waitFor();
  assert.match(await page.getByRole('status').filter({ hasText: 'visas' }).innerText(), /^1 av \d+ visas$/);
  await search.fill('');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Avslagen' });
  await page.getByRole('button', { name: `Redigera: ${NAME}` }).waitFor();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågående' });
  await page.getByText('Inga poster matchar sökningen.').waitFor({ state: 'hidden' }).catch(() => {});
  assert.equal(await page.getByRole('button', { name: `Redigera: ${NAME}` }).count(), 0);
  await page.getByRole('button', { name: 'Rensa filter' }).click();
  await page.getByLabel('Aktiv under år', { exact: true }).selectOption({ label: '2016' });
  await page.getByRole('button', { name: `Redigera: ${NAME}` }).waitFor();
  await page.getByLabel('Aktiv under år', { exact: true }).selectOption({ label: '2017' });
  assert.equal(await page.getByRole('button', { name: `Redigera: ${NAME}` }).count(), 0);
  assert.deepEqual(await axeViolations(page), [], 'axe on the filtered list');
  assertNoProblems(problems);
  await context.close();
});

test('the catalogue CSV has a BOM, semicolons and a decimal comma', async () => {
  const { page, problems, context } = await openLundCatalogue();
  await createItem(page, { name: 'Decimalprov', amount2016: '1 234,50' });
  await page.getByRole('button', { name: 'Avbryt' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera katalogen (CSV för Excel)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^finsam-katalog-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const bytes = await (await import('node:fs/promises')).readFile(path);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const text = bytes.subarray(3).toString('utf8');
  const [header, ...rows] = text.split('\r\n');
  assert.ok(header.split(';').length >= 10, `semicolon-separated header: ${header}`);
  const row = rows.find((r) => r.startsWith('Decimalprov;'));
  assert.ok(row, 'a row for the new item');
  assert.ok(row.split(';').includes('1234,50'), `decimal comma in ${row}`);
  assertNoProblems(problems);
  await context.close();
});

test('a cost group on the budget page adds an item from the catalogue', async () => {
  const { page, problems, context } = await openLundCatalogue();
  await createItem(page, { name: 'Från katalogen-prov', amount2016: '50 000' });
  await nav(page, 'Budget');
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Godkänd kommunal ram' });
  await page.getByRole('button', { name: 'Redigera rader och grupper' }).click();
  const picker = page.getByRole('combobox', { name: /^Från katalogen \(/ }).first();
  await picker.selectOption({ label: 'Från katalogen-prov' });
  await page.getByRole('button', { name: /^Lägg till: Från katalogen \(/ }).first().click();
  await page.getByRole('button', { name: 'Redigera rader och grupper' }).click();
  await page.getByRole('rowheader', { name: /^Från katalogen-prov/ }).waitFor();
  const total = page.getByRole('row', { name: /^Summa kostnader/ });
  // 5 660 000 + 50 000 = 5 710 000 kr in 2016.
  assert.match(await total.innerText(), new RegExp(sv('5 710 000')));
  assertNoProblems(problems);
  await context.close();
});

noForeignRequestsTest(app, 3);
