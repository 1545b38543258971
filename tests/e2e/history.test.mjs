// End-to-end tests of the stored change history: remove a line, a group, a scenario and a förbund, reload, and
// undo each — the stored förbund data is byte-identical to before; redo brings the change back; Ctrl+Z works
// outside text fields and not inside them; the history page goes back to any point, and that is undoable too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from './browser.mjs';
import { useApp, assertNoProblems, axeViolations, sv } from './harness.mjs';

const app = useApp();

/** The stored text of each förbund's data (the envelope's `data`, which is written last), by key. */
const storedData = (page) => page.evaluate(() => {
  const out = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key.startsWith('finsam-planner/v2/ws/')) continue;
    const raw = localStorage.getItem(key);
    out[key] = raw.slice(raw.indexOf('"data":'));
  }
  return out;
});

const closingText = (page) => page.getByRole('row', { name: /Utgående eget kapital/ }).first().innerText();
const undo = (page) => page.getByTestId('undo');
const redo = (page) => page.getByTestId('redo');
const section = (page, name) => page.getByRole('region', { name, exact: true });

/** Waits until the status says the last change is stored. */
const saved = (page) => page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();

async function reload(page) {
  await page.reload();
  await appReady(page);
}

async function editBankkostnader(page, text) {
  const field = page.getByRole('textbox', { name: 'Belopp för Bankkostnader 2023' });
  await field.fill(text);
  await field.press('Enter');
}

test('a removed line and group come back after a reload by undo, byte for byte, and redo removes them again', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await editBankkostnader(page, '6 000');
  // 4 649 297 + 5 000 − 6 000
  await page.waitForFunction(() => document.body.innerText.includes('4\u00a0648\u00a0297'));
  await saved(page);
  const s0 = await storedData(page);
  await page.getByRole('button', { name: 'Redigera rader och grupper' }).click();
  await page.getByRole('button', { name: 'Ta bort Workshops' }).click();
  await page.getByRole('button', { name: 'Ja, ta bort' }).click();
  await page.getByRole('textbox', { name: 'Belopp för Workshops 2023' }).waitFor({ state: 'detached' });
  await saved(page);
  const s1 = await storedData(page);
  await page.getByRole('button', { name: 'Ta bort Innovationsmiljö' }).click();
  await page.getByRole('button', { name: 'Ja, ta bort' }).click();
  await page.getByRole('textbox', { name: 'Belopp för Övrig 2023' }).waitFor({ state: 'detached' });
  await saved(page);
  const s2 = await storedData(page);
  assert.notDeepEqual(s1, s0);
  assert.notDeepEqual(s2, s1);

  await reload(page);
  assert.equal(await undo(page).innerText(), 'Ångra: ta bort gruppen Innovationsmiljö');
  await undo(page).click();
  await page.getByRole('textbox', { name: 'Belopp för Övrig 2023' }).waitFor();
  await saved(page);
  assert.deepEqual(await storedData(page), s1, 'undoing the group removal restores the stored data exactly');
  await undo(page).click();
  await page.getByRole('textbox', { name: 'Belopp för Workshops 2023' }).waitFor();
  await saved(page);
  assert.deepEqual(await storedData(page), s0, 'undoing the line removal restores the stored data exactly');
  assert.match(await closingText(page), new RegExp(sv('4 648 297')));

  await reload(page);
  assert.match(await redo(page).innerText(), /^Gör om: ta bort raden Workshops/);
  await redo(page).click();
  await page.getByRole('textbox', { name: 'Belopp för Workshops 2023' }).waitFor({ state: 'detached' });
  await redo(page).click();
  await page.getByRole('textbox', { name: 'Belopp för Övrig 2023' }).waitFor({ state: 'detached' });
  await saved(page);
  assert.deepEqual(await storedData(page), s2, 'redo gives the state after both removals');
  assert.equal(await redo(page).getAttribute('aria-disabled'), 'true');
  assertNoProblems(problems);
  await context.close();
});

test('Ctrl+Z undoes outside text fields; inside one it is the field\'s own undo', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await editBankkostnader(page, '6 000');
  await page.waitForFunction(() => document.body.innerText.includes('4\u00a0648\u00a0297'));
  const field = page.getByRole('textbox', { name: 'Belopp för Bankkostnader 2023' });
  await field.focus();
  await page.keyboard.press('Control+z');
  assert.match(await closingText(page), new RegExp(sv('4 648 297')), 'Ctrl+Z in a field does not undo the stored change');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.body.innerText.includes('4\u00a0649\u00a0297'));
  assert.equal(await field.inputValue(), sv('5 000'));
  await page.keyboard.press('Control+Shift+Z');
  await page.waitForFunction(() => document.body.innerText.includes('4\u00a0648\u00a0297'));
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.body.innerText.includes('4\u00a0649\u00a0297'));
  await page.keyboard.press('Control+y');
  await page.waitForFunction(() => document.body.innerText.includes('4\u00a0648\u00a0297'));
  assertNoProblems(problems);
  await context.close();
});

test('a removed scenario comes back after a reload by undo, byte for byte', async () => {
  const { page, problems, context } = await app.open('#/oversikt');
  const scenarios = section(page, 'Scenarier');
  await scenarios.getByRole('button', { name: 'Kopiera: Budget 2023' }).click();
  await scenarios.getByRole('button', { name: 'Öppna: Budget 2023 (kopia)' }).waitFor();
  await saved(page);
  const before = await storedData(page);
  await scenarios.getByRole('button', { name: 'Ta bort: Budget 2023 (kopia)' }).click();
  await scenarios.getByRole('group').getByRole('button', { name: 'Ta bort: Budget 2023 (kopia)' }).click();
  await scenarios.getByRole('button', { name: 'Öppna: Budget 2023 (kopia)' }).waitFor({ state: 'detached' });
  await saved(page);
  await reload(page);
  assert.equal(await undo(page).innerText(), 'Ångra: ta bort scenariot Budget 2023 (kopia)');
  await undo(page).click();
  await section(page, 'Scenarier').getByRole('button', { name: 'Öppna: Budget 2023 (kopia)' }).waitFor();
  await saved(page);
  assert.deepEqual(await storedData(page), before);
  assertNoProblems(problems);
  await context.close();
});

test('a removed förbund is listed after a reload and restored with its data and history', async () => {
  const { page, problems, context } = await app.open('#/oversikt');
  await page.getByLabel('Förbund', { exact: true }).selectOption({ label: 'Lunds samordningsförbund' });
  await page.getByRole('heading', { level: 2, name: 'Översikt: Lunds samordningsförbund' }).waitFor();
  const scenarios = section(page, 'Scenarier');
  await scenarios.getByRole('button', { name: 'Byt namn: Godkänd kommunal ram' }).click();
  const field = scenarios.getByLabel('Nytt namn för Godkänd kommunal ram');
  await field.fill('Ram 2016');
  await field.press('Enter');
  await scenarios.getByRole('button', { name: 'Öppna: Ram 2016' }).waitFor();
  await saved(page);
  const before = await storedData(page);
  const list = section(page, 'Förbund i den här webbläsaren');
  await list.getByRole('button', { name: 'Ta bort: Lunds samordningsförbund' }).click();
  await list.getByRole('group').getByRole('button', { name: /^Ta bort/ }).click();
  await list.getByRole('rowheader', { name: 'Lunds samordningsförbund' }).waitFor({ state: 'detached' });
  await saved(page);
  await reload(page);
  assert.deepEqual(await page.getByLabel('Förbund', { exact: true }).locator('option').allInnerTexts(), ['Samordningsförbundet Landskrona Svalöv']);
  const removed = page.getByTestId('removed-workspaces');
  assert.match(await removed.innerText(), /Lunds samordningsförbund \(borttaget \d{4}-\d\d-\d\d\)/);
  assert.deepEqual(await axeViolations(page), []);
  await removed.getByRole('button', { name: 'Återställ: Lunds samordningsförbund' }).click();
  await page.getByRole('heading', { level: 2, name: 'Översikt: Lunds samordningsförbund' }).waitFor();
  await saved(page);
  assert.deepEqual(await storedData(page), before, 'the restored förbund is stored exactly as before');
  assert.equal(await undo(page).innerText(), 'Ångra: byt namn på scenariot Godkänd kommunal ram');
  await undo(page).click();
  await section(page, 'Scenarier').getByRole('button', { name: 'Öppna: Godkänd kommunal ram' }).waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('the history page lists the changes and goes back to any point, which can itself be undone', async () => {
  const { page, problems, context } = await app.open('#/budget');
  for (const amount of ['6 000', '7 000', '8 000']) {
    await editBankkostnader(page, amount);
    await page.getByRole('textbox', { name: 'Belopp för Bankkostnader 2023' }).evaluate((el, want) => new Promise((resolve) => {
      const check = () => (el.value === want ? resolve() : requestAnimationFrame(check));
      check();
    }), sv(amount));
  }
  await page.getByRole('navigation', { name: 'Sidor' }).getByRole('link', { name: 'Historik' }).click();
  const steps = page.getByTestId('history-step');
  await steps.first().waitFor();
  assert.equal(await steps.count(), 3);
  assert.match(await steps.first().innerText(), /ändra beloppet för Bankkostnader 2023/);
  assert.deepEqual(await axeViolations(page), []);
  // Back to after the first change (6 000): the oldest row's button.
  await steps.last().getByRole('button', { name: /^Gå tillbaka hit/ }).click();
  await page.getByTestId('history-message').filter({ hasText: /\S/ }).waitFor();
  assert.equal(await steps.count(), 4, 'going back is a step of its own');
  await page.getByRole('navigation', { name: 'Sidor' }).getByRole('link', { name: 'Budget' }).click();
  assert.equal(await page.getByRole('textbox', { name: 'Belopp för Bankkostnader 2023' }).inputValue(), sv('6 000'));
  await undo(page).click();
  await page.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.getAttribute('aria-label') === 'Belopp för Bankkostnader 2023' && i.value === '8\u00a0000'));
  assertNoProblems(problems);
  await context.close();
});
