// End-to-end tests of the budget editor's structure tools on the Landskrona example: add, rename, move,
// annotate and remove lines and groups, with confirmation, keyboard use and persistence across reloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from './browser.mjs';
import { useApp, assertNoProblems, axeViolations, sv } from './harness.mjs';

const app = useApp();

const closingText = (page) => page.getByRole('row', { name: /Utgående eget kapital/ }).first().innerText();

async function openEditor() {
  const session = await app.open('#/budget');
  await session.page.getByRole('button', { name: 'Redigera rader och grupper' }).click();
  return session;
}

test('a new line can be added, given an amount and renamed, and survives a reload', async () => {
  const { page, problems, context } = await openEditor();
  await page.getByLabel('Ny rad i innovationsmiljö').fill('Extern utvärdering');
  await page.getByLabel('Ny rad i innovationsmiljö').press('Enter');
  const amount = page.getByRole('textbox', { name: 'Belopp för Extern utvärdering 2023' });
  await amount.fill('100 000');
  await amount.press('Enter');
  // 4 649 297 − 100 000
  await page.waitForFunction(() => document.body.innerText.includes('4\u00a0549\u00a0297'));
  const row = page.getByRole('row', { name: /Extern utvärdering/ });
  await row.getByRole('textbox', { name: 'Namn på raden' }).fill('Extern utvärdering av insatser');
  await row.getByRole('textbox', { name: 'Namn på raden' }).press('Tab');
  await page.getByRole('textbox', { name: 'Belopp för Extern utvärdering av insatser 2023' }).waitFor();
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByRole('textbox', { name: 'Belopp för Extern utvärdering av insatser 2023' }).inputValue(), sv('100 000'));
  assert.match(await closingText(page), new RegExp(sv('4 549 297')));
  assertNoProblems(problems);
  await context.close();
});

test('removing a line asks first; cancelling changes nothing, confirming removes its amount', async () => {
  const { page, problems, context } = await openEditor();
  await page.getByRole('button', { name: 'Ta bort Bankkostnader' }).click();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  assert.match(await closingText(page), new RegExp(sv('4 649 297')));
  await page.getByRole('button', { name: 'Ta bort Bankkostnader' }).click();
  await page.getByRole('button', { name: 'Ja, ta bort' }).click();
  // 4 649 297 + 5 000
  await page.waitForFunction(() => document.body.innerText.includes('4\u00a0654\u00a0297'));
  assert.equal(await page.getByRole('textbox', { name: 'Belopp för Bankkostnader 2023' }).count(), 0);
  assertNoProblems(problems);
  await context.close();
});

test('lines move within their group and the order is kept', async () => {
  const { page, problems, context } = await openEditor();
  const names = () => page.locator('tr', { has: page.getByRole('textbox', { name: /^Belopp för (Workshops|Övrig) 2023$/ }) })
    .evaluateAll((rows) => rows.map((r) => r.querySelector('input[aria-label^="Belopp"]').getAttribute('aria-label')));
  assert.deepEqual(await names(), ['Belopp för Workshops 2023', 'Belopp för Övrig 2023']);
  await page.getByRole('button', { name: 'Flytta upp Övrig', exact: true }).click();
  await page.waitForFunction(() => {
    const labels = [...document.querySelectorAll('input[aria-label^="Belopp för"]')].map((i) => i.getAttribute('aria-label'));
    return labels.indexOf('Belopp för Övrig 2023') < labels.indexOf('Belopp för Workshops 2023');
  });
  await page.reload();
  await appReady(page);
  assert.deepEqual(await names(), ['Belopp för Övrig 2023', 'Belopp för Workshops 2023']);
  assertNoProblems(problems);
  await context.close();
});

test('a note on a line is shown under its name outside edit mode', async () => {
  const { page, problems, context } = await openEditor();
  const row = page.getByRole('row', { name: /Ledningsstöd/ });
  await row.getByLabel('Anteckning').fill('Bokförs under insatser, beskrivs under innovationsmiljön.');
  await row.getByLabel('Anteckning').press('Tab');
  await page.getByRole('button', { name: 'Redigera rader och grupper' }).click();
  await page.getByText('Bokförs under insatser, beskrivs under innovationsmiljön.').waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('a whole cost group can be removed after confirmation, and its lines go with it', async () => {
  const { page, problems, context } = await openEditor();
  await page.getByRole('button', { name: 'Ta bort Innovationsmiljö' }).click();
  await page.getByRole('button', { name: 'Ja, ta bort' }).click();
  // 4 649 297 + 977 000
  await page.waitForFunction(() => document.body.innerText.includes('5\u00a0626\u00a0297'));
  assert.equal(await page.getByRole('textbox', { name: 'Belopp för Workshops 2023' }).count(), 0);
  assertNoProblems(problems);
  await context.close();
});

test('an empty name is refused with a message and changes nothing', async () => {
  const { page, problems, context } = await openEditor();
  await page.getByRole('button', { name: 'Lägg till' }).first().click();
  await page.locator('.fp-edit-outcome').filter({ hasText: /\S/ }).waitFor();
  assert.match(await page.locator('.fp-edit-outcome').innerText(), /namn/i);
  assert.match(await closingText(page), new RegExp(sv('4 649 297')));
  assertNoProblems(problems);
  await context.close();
});

test('the editor in edit mode has no accessibility violations', async () => {
  const { page, problems, context } = await openEditor();
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(problems);
  await context.close();
});
