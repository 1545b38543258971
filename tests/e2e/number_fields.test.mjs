// End-to-end tests of number fields as a new user meets them: click a pre-filled field and type — what is
// typed replaces the figure (60000 stays 60 000, a weight 31 200 stays 31 200); Tab into a field does the same;
// a negative cost gets a visible note that the field refers to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from './browser.mjs';
import { useApp, assertNoProblems, noForeignRequestsTest, sv } from './harness.mjs';

const app = useApp();

const bank = (page) => page.getByRole('textbox', { name: 'Belopp för Bankkostnader 2023' });
const closing = (page, figure) => page.waitForFunction(
  (text) => [...document.querySelectorAll('tr')].some((r) => r.innerText.startsWith('Utgående') && r.innerText.includes(text)),
  sv(figure),
);

test('clicking a pre-filled amount and typing replaces it: 60000 is stored as 60 000, not 600 000', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await bank(page).click();
  await page.keyboard.type('60000');
  await page.keyboard.press('Enter');
  // Landskrona 2023: closing 4 649 297 with Bankkostnader 5 000; with 60 000: 4 649 297 + 5 000 − 60 000.
  await closing(page, '4 594 297');
  assert.equal(await bank(page).inputValue(), sv('60 000'));
  // Clicked again right after Enter, typed with a space: the same figure, nothing appended.
  await bank(page).click();
  await page.keyboard.type('60 000');
  await page.keyboard.press('Enter');
  await closing(page, '4 594 297');
  assert.equal(await bank(page).inputValue(), sv('60 000'));
  // In millions with a decimal comma, and a trailing minus as Swedish bank statements print it.
  for (const [typed, shown, closingFigure] of [
    ['1,5 mkr', '1 500 000', '3 154 297'], // 4 649 297 + 5 000 − 1 500 000
    ['204 000 -', '-204 000', '4 858 297'], // 4 649 297 + 5 000 + 204 000
  ]) {
    await bank(page).click();
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await closing(page, closingFigure);
    assert.equal(await bank(page).inputValue(), sv(shown), typed);
  }
  // Reached by Tab from the field before it: its figure is selected too.
  await bank(page).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('7 500');
  await page.keyboard.press('Enter');
  // 4 649 297 + 5 000 − 7 500
  await closing(page, '4 646 797');
  await page.reload();
  await appReady(page);
  assert.equal(await bank(page).inputValue(), sv('7 500'));
  assertNoProblems(problems);
  await context.close();
});

test('clicking a weight and typing 31 200 stores 31 200 (3:1 with 10 400 splits 1 257 000 into 942 750 and 314 250)', async () => {
  const { page, problems, context } = await app.open('#/oversikt');
  const split = page.getByRole('region', { name: 'Kommunernas fjärdedel', exact: true });
  const weightField = (name) => split.getByRole('textbox', { name: `Folkmängd för ${name}` });
  // Typed without and with a space, clicked again right after Enter: never appended to the figure before.
  for (const weight of ['60000', '60 000']) {
    await weightField('Landskrona Stad').click();
    await page.keyboard.type(weight);
    await page.keyboard.press('Enter');
    assert.equal(await weightField('Landskrona Stad').inputValue(), sv('60 000'), weight);
  }
  for (const [name, weight] of [['Landskrona Stad', '31 200'], ['Svalövs kommun', '10 400']]) {
    await weightField(name).click();
    await page.keyboard.type(weight);
    await page.keyboard.press('Enter');
    assert.equal(await weightField(name).inputValue(), sv(weight));
  }
  const result = split.getByRole('table', { name: /^Fördelning i Budget 2023, 2023/ });
  await result.getByRole('row', { name: `Landskrona Stad ${sv('942 750')}` }).waitFor();
  await result.getByRole('row', { name: `Svalövs kommun ${sv('314 250')}` }).waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('a negative cost gets a visible note the field refers to; a positive one clears it', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await bank(page).click();
  await page.keyboard.type('-500');
  await page.keyboard.press('Enter');
  // 4 649 297 + 5 000 + 500: the negative cost raises the result, so the app says so.
  await closing(page, '4 654 797');
  const note = page.getByText('Negativ kostnad – ska det vara en intäkt?');
  await note.waitFor();
  const noteId = await note.getAttribute('id');
  const describedBy = (await bank(page).getAttribute('aria-describedby')).split(' ');
  assert.ok(describedBy.includes(noteId), `aria-describedby ${describedBy} names the note ${noteId}`);
  assert.equal(await note.getAttribute('role'), 'status');
  await page.keyboard.press('Tab');
  await bank(page).click();
  await page.keyboard.type('500');
  await page.keyboard.press('Enter');
  await closing(page, '4 653 797');
  assert.equal(await page.getByText('Negativ kostnad – ska det vara en intäkt?').count(), 0);
  assertNoProblems(problems);
  await context.close();
});

noForeignRequestsTest(app, 3);
