// End-to-end tests of the overview page (#/oversikt) in headless Chromium: headline figures per scenario from
// the engine, a new förbund from the empty template, members, the split key, scenario management with undo,
// and accessibility. Every expected figure is computed by hand from the Landskrona seed (seed_figures.md A).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from './browser.mjs';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest, sv } from './harness.mjs';

const app = useApp();

async function open() {
  const session = await app.open('#/oversikt');
  await session.page.getByRole('heading', { level: 2, name: /^Översikt/ }).waitFor();
  return session;
}

const section = (page, name) => page.getByRole('region', { name, exact: true });
const scenarioNames = (page) => page.locator('.fp-ov-scenario__name').allInnerTexts();
const yearRow = (page, scenario, year) => page.getByRole('row', { name: new RegExp(`^${scenario}, ${year}`) });

test('Landskrona\'s scenario shows the closing equity 4 649 297 kr and is over the recommendation', async () => {
  const { page, problems, context } = await open();
  const row = yearRow(page, 'Budget 2023', 2023);
  const text = await row.innerText();
  // 5 028 000 income, 3 611 000 costs, 1 417 000 result, 4 649 297 closing; 20 % × 5 028 000 = 1 005 600,
  // so 4 649 297 − 1 005 600 = 3 643 697 kr over.
  for (const figure of ['5 028 000', '3 611 000', '1 417 000', '4 649 297']) {
    assert.match(text, new RegExp(sv(figure)));
  }
  const badge = row.locator('.fp-badge--over');
  assert.equal(await badge.innerText(), `Över rekommendationen med ${sv('3 643 697 kr')}`);
  assertNoProblems(problems);
  await context.close();
});

test('a new förbund from the empty template is opened, listed in the picker and computes 0 kr', async () => {
  const { page, problems, context } = await open();
  const form = page.getByRole('group', { name: 'Nytt förbund' });
  await form.getByLabel('Det nya förbundets namn').fill('Test förbund');
  await form.getByLabel('Första år').fill('2027');
  await form.getByRole('button', { name: 'Skapa' }).click();
  await page.getByRole('heading', { level: 2, name: 'Översikt: Test förbund' }).waitFor();
  const picker = page.getByLabel('Förbund', { exact: true });
  assert.equal(await picker.locator('option:checked').innerText(), 'Test förbund');
  const cells = await yearRow(page, 'Budget 2027', 2027).getByRole('cell').allInnerTexts();
  assert.deepEqual(cells.slice(0, 4), ['0', '0', '0', '0']);
  // The new förbund's budget has the budget year and two plan years.
  await yearRow(page, 'Budget 2027', 2029).waitFor();
  // A second municipality joins the municipal key with the weight asked for; without one it is refused.
  const members = section(page, 'Medlemmar');
  await members.getByLabel('Den nya medlemmens namn').fill('Kommun B');
  await members.getByRole('button', { name: 'Lägg till medlem' }).click();
  await page.getByRole('alert').filter({ hasText: 'Ange medlemmens vikt i fördelningsnyckeln' }).waitFor();
  await members.getByLabel('Andelar i fördelningsnyckeln').fill('1');
  await members.getByRole('button', { name: 'Lägg till medlem' }).click();
  await members.getByRole('rowheader', { name: 'Kommun B' }).waitFor();
  const split = section(page, 'Kommunernas fjärdedel');
  const weight = split.getByRole('textbox', { name: /Kommun B$/ });
  assert.equal(await weight.inputValue(), '1');
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel('Förbund', { exact: true }).locator('option:checked').innerText(), 'Test förbund');
  await section(page, 'Medlemmar').getByRole('rowheader', { name: 'Kommun B' }).waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('population weights 3 and 1 split Landskrona\'s quarter of 1 257 000 kr into 942 750 and 314 250 kr', async () => {
  const { page, problems, context } = await open();
  const split = section(page, 'Kommunernas fjärdedel');
  assert.equal(await split.getByRole('radio', { name: 'Folkmängd' }).isChecked(), true);
  for (const [name, weight] of [['Landskrona Stad', '3'], ['Svalövs kommun', '1']]) {
    const field = split.getByRole('textbox', { name: `Folkmängd för ${name}` });
    await field.fill(weight);
    await field.press('Enter');
  }
  // 1 257 000 × 3/4 = 942 750 and 1 257 000 × 1/4 = 314 250 (the engine's figures, shown under the key).
  const result = split.getByRole('table', { name: /^Fördelning i Budget 2023, 2023/ });
  await result.getByRole('row', { name: `Landskrona Stad ${sv('942 750')}` }).waitFor();
  await result.getByRole('row', { name: `Svalövs kommun ${sv('314 250')}` }).waitFor();
  await page.getByRole('link', { name: 'Budget' }).click();
  const budgetRow = (name) => page.getByRole('row', { name: new RegExp(`^${name}`) }).first();
  await page.waitForFunction(() => location.hash === '#/budget');
  assert.match(await budgetRow('Landskrona Stad').innerText(), new RegExp(sv('942 750')));
  assert.match(await budgetRow('Svalövs kommun').innerText(), new RegExp(sv('314 250')));
  await page.reload();
  await appReady(page);
  assert.match(await budgetRow('Landskrona Stad').innerText(), new RegExp(sv('942 750')));
  assertNoProblems(problems);
  await context.close();
});

test('a scenario is renamed, duplicated, made the baseline, removed after confirmation and restored in place', async () => {
  const { page, problems, context } = await open();
  const scenarios = section(page, 'Scenarier');
  await scenarios.getByRole('button', { name: 'Byt namn: Budget 2023' }).click();
  const nameField = scenarios.getByLabel('Nytt namn för Budget 2023');
  await nameField.fill('Budget 2023 beslutad');
  await nameField.press('Enter');
  await yearRow(page, 'Budget 2023 beslutad', 2023).waitFor();
  await scenarios.getByRole('button', { name: 'Kopiera: Budget 2023 beslutad' }).click();
  const add = scenarios.getByRole('group', { name: 'Nytt scenario' });
  await add.getByLabel('Scenariots namn').fill('Plan 2024');
  assert.equal(await add.getByLabel('Första år').inputValue(), '2024');
  await add.getByLabel('Antal år').selectOption('2');
  await add.getByRole('button', { name: 'Skapa scenario' }).click();
  await yearRow(page, 'Plan 2024', 2025).waitFor();
  const copy = 'Budget 2023 beslutad (kopia)';
  assert.deepEqual(await scenarioNames(page), ['Budget 2023 beslutad', copy, 'Plan 2024']);
  // The copy has the original's figures.
  assert.match(await yearRow(page, copy.replace(/[()]/g, '\\$&'), 2023).innerText(), new RegExp(sv('4 649 297')));

  const baseline = scenarios.getByRole('button', { name: `Jämförelsebas: ${copy}` });
  await baseline.click();
  assert.equal(await baseline.getAttribute('aria-pressed'), 'true');
  assert.equal(await scenarios.locator('.fp-ov-badge--baseline').count(), 1);

  await scenarios.getByRole('button', { name: `Ta bort: ${copy}` }).click();
  const question = scenarios.getByRole('group', { name: `Är du säker? Detta tar bort ${copy}?` });
  assert.equal(await question.getByRole('button', { name: 'Avbryt' }).evaluate((b) => b === document.activeElement), true);
  await question.getByRole('button', { name: `Ta bort: ${copy}` }).click();
  await page.getByText(`Scenariot är borttaget: ${copy}`).waitFor();
  assert.deepEqual(await scenarioNames(page), ['Budget 2023 beslutad', 'Plan 2024']);
  assert.equal(await scenarios.locator('.fp-ov-badge--baseline').count(), 0);

  await scenarios.getByRole('button', { name: `Ångra: ${copy}` }).click();
  await page.getByText(`Scenariot är återställt: ${copy}`).waitFor();
  assert.deepEqual(await scenarioNames(page), ['Budget 2023 beslutad', copy, 'Plan 2024']);
  assert.equal(await scenarios.getByRole('button', { name: `Jämförelsebas: ${copy}` }).getAttribute('aria-pressed'), 'true');

  await page.reload();
  await appReady(page);
  assert.deepEqual(await scenarioNames(page), ['Budget 2023 beslutad', copy, 'Plan 2024']);
  assert.equal(await page.locator('.fp-ov-badge--baseline').count(), 1);
  assertNoProblems(problems);
  await context.close();
});

test('a removal can be cancelled, and "Öppna" opens the scenario in the budget', async () => {
  const { page, problems, context } = await open();
  const scenarios = section(page, 'Scenarier');
  await scenarios.getByRole('button', { name: 'Ta bort: Budget 2023' }).click();
  await scenarios.getByRole('button', { name: 'Avbryt' }).click();
  assert.equal(await scenarios.getByRole('button', { name: 'Ta bort: Budget 2023' }).evaluate((b) => b === document.activeElement), true);
  assert.deepEqual(await scenarioNames(page), ['Budget 2023']);
  await scenarios.getByRole('button', { name: 'Kopiera: Budget 2023' }).click();
  await scenarios.getByRole('button', { name: 'Öppna: Budget 2023 (kopia)' }).click();
  await page.waitForFunction(() => location.hash === '#/budget');
  assert.equal(await page.getByLabel('Scenario', { exact: true }).locator('option:checked').innerText(), 'Budget 2023 (kopia)');
  assertNoProblems(problems);
  await context.close();
});

test('members are renamed, and a removal the engine refuses shows its reason', async () => {
  const { page, problems, context } = await open();
  const members = section(page, 'Medlemmar');
  await members.getByRole('button', { name: 'Byt namn: Svalövs kommun' }).click();
  const field = members.getByLabel('Nytt namn för Svalövs kommun');
  await field.fill('Svalöv');
  await field.press('Enter');
  await members.getByRole('rowheader', { name: 'Svalöv', exact: true }).waitFor();
  await members.getByRole('button', { name: 'Ta bort: Region Skåne' }).click();
  await members.getByRole('group').getByRole('button', { name: 'Ta bort: Region Skåne' }).click();
  const refusal = members.getByRole('alert').filter({ hasText: /\S/ });
  assert.match(await refusal.first().innerText(), /region.*sista kan inte tas bort/);
  await members.getByRole('rowheader', { name: 'Region Skåne' }).waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('another förbund can be opened and a förbund removed after confirmation, never the last one', async () => {
  const { page, problems, context } = await open();
  const list = section(page, 'Förbund i den här webbläsaren');
  await list.getByRole('button', { name: 'Öppna: Lunds samordningsförbund' }).click();
  await page.getByRole('heading', { level: 2, name: 'Översikt: Lunds samordningsförbund' }).waitFor();
  await yearRow(page, 'Godkänd kommunal ram', 2016).waitFor();
  await list.getByRole('button', { name: 'Ta bort: Samordningsförbundet Landskrona Svalöv' }).click();
  await list.getByRole('group').getByRole('button', { name: /^Ta bort/ }).click();
  await list.getByRole('rowheader', { name: 'Samordningsförbundet Landskrona Svalöv' }).waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 2, name: 'Översikt: Lunds samordningsförbund' }).waitFor();
  assert.equal(await list.getByRole('button', { name: /^Ta bort/ }).count(), 0, 'the last förbund cannot be removed');
  await page.reload();
  await appReady(page);
  assert.deepEqual(await page.getByLabel('Förbund', { exact: true }).locator('option').allInnerTexts(), ['Lunds samordningsförbund']);
  assertNoProblems(problems);
  await context.close();
});

test('axe finds no accessibility violations on the overview, also with a confirmation open', async () => {
  const { page, problems, context } = await open();
  assert.deepEqual(await axeViolations(page), []);
  await section(page, 'Scenarier').getByRole('button', { name: 'Ta bort: Budget 2023' }).click();
  await section(page, 'Scenarier').getByRole('button', { name: 'Byt namn: Budget 2023' }).click();
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(problems);
  await context.close();
});

noForeignRequestsTest(app, 8, 'no overview test saw a request to another host');
