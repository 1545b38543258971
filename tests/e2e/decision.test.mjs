// End-to-end tests of "Beslut": the board fastställer Landskrona Svalöv's Budget 2023 with a reference; the
// decision shows its fingerprint and the decided figures (closing 4 649 297 kr, seed_figures.md A1) and keeps
// them when the scenario is edited afterwards; the scenario is compared with it (Workshops 40 000 → 86 000 kr:
// result and closing equity −46 000 kr); the decision's file checks out offline, a tampered copy does not; it
// prints alone on A4 with its reference and fingerprint; "Nytt scenario efter beslut" starts at the decided figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, assertNoProblems, axeViolations, sv } from './harness.mjs';
import { printed } from './pdf.mjs';

const app = useApp();
const REFERENCE = 'Styrelsen 2022-11-24 § 12';
const FORBUND = 'Samordningsförbundet Landskrona Svalöv';

async function decide(page) {
  await page.getByLabel('Beslutsdatum').fill('2022-11-24');
  await page.getByLabel('Beslutsreferens').fill(REFERENCE);
  await page.getByTestId('decide').click();
  await page.getByRole('status').filter({ hasText: 'Fastställd: Budget 2023.' }).waitFor();
  return page.getByTestId('decision').first();
}

async function saved(page) {
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
}

async function setWorkshops(page, amount) {
  await page.goto(new URL('#/budget', page.url()).href);
  const field = page.getByRole('textbox', { name: 'Belopp för Workshops 2023' });
  await field.fill(amount);
  await field.press('Enter');
  await page.waitForFunction(() => document.body.innerText.includes('4\u00a0603\u00a0297'));
  await page.goto(new URL('#/beslut', page.url()).href);
}

test('fastställ: the decision keeps its figures and fingerprint after an edit, survives a reload and can be undone', async () => {
  const { page, problems, context } = await app.open('#/beslut');
  await page.getByText('Inga beslut ännu.').waitFor();
  const card = await decide(page);
  const short = await card.getByTestId('fingerprint').innerText();
  assert.match(short, /^[0-9A-F]{4}( [0-9A-F]{4}){3}$/, 'four groups of four hex digits');
  assert.equal(await card.getByTestId('fingerprint-verdict').innerText(), 'Fingeravtrycket stämmer – ingen siffra har ändrats sedan beslutet.');
  assert.ok((await card.innerText()).includes(`Fastställd 2022-11-24 · ${REFERENCE}`));
  const closing = card.getByTestId('decided-figures').getByRole('row', { name: /^Utgående eget kapital/ });
  assert.equal(await closing.locator('td').innerText(), sv('4 649 297 kr'));
  assert.deepEqual(await axeViolations(page), []);
  assert.match(await page.getByTestId('undo').innerText(), /fastställ Budget 2023/);

  await setWorkshops(page, '86 000');
  const after = page.getByTestId('decision').first();
  assert.equal(await after.getByTestId('decided-figures').getByRole('row', { name: /^Utgående eget kapital/ }).locator('td').innerText(), sv('4 649 297 kr'), 'the decision is frozen');
  assert.equal(await after.getByTestId('fingerprint').innerText(), short);
  await after.getByLabel('Jämför med scenario').selectOption({ label: 'Budget 2023' });
  const versus = after.getByTestId('versus-table');
  const result = await versus.getByRole('row', { name: /^Årets resultat/ }).locator('td').allInnerTexts();
  // 1 417 000 decided; 46 000 kr more for Workshops gives 1 371 000.
  assert.deepEqual(result, [sv('1 417 000 kr'), sv('1 371 000 kr'), sv('-46 000')]);
  assert.equal(await after.getByTestId('versus-summary').innerText(),
    sv('2023: resultatet -46 000 kr och utgående eget kapital -46 000 kr jämfört med beslutet.'));
  assert.deepEqual(await axeViolations(page), []);

  await saved(page);
  await page.reload();
  await page.getByTestId('decision').first().waitFor();
  assert.equal(await page.getByTestId('fingerprint').innerText(), short, 'stored with the förbund');
  // Undo the edit, then the decision itself.
  await page.getByTestId('undo').click();
  await page.getByTestId('undo').click();
  await page.getByText('Inga beslut ännu.').waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('the decision file checks out offline; a tampered copy is reported as not matching', async () => {
  const { page, problems, context } = await app.open('#/beslut');
  const card = await decide(page);
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Exportera beslutet (JSON)' }).click()]);
  assert.match(download.suggestedFilename(), /^finsam-.*beslut-budget-2023-2022-11-24\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(text);
  assert.equal(file.format, 'finsam-planner-decision');
  const short = (await card.getByTestId('fingerprint').innerText()).replace(/ /g, '').toLowerCase();
  assert.ok(file.decision.fingerprint.startsWith(short), 'the file carries the fingerprint shown');

  const choose = (name, content) => page.getByLabel('Beslutsfil', { exact: true }).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  await choose('beslut.json', text);
  await page.getByRole('status').filter({ hasText: `Fingeravtrycket stämmer: Budget 2023, fastställd 2022-11-24, ${REFERENCE}.` }).waitFor();
  // BIP Svalöv's 204 000 kr in the catalogue made 194 000 after the decision.
  await choose('andrad.json', text.replace('"204000"', '"194000"'));
  await page.getByRole('alert').filter({ hasText: 'Fingeravtrycket stämmer inte: filen har ändrats efter beslutet.' }).waitFor();
  await choose('trasig.json', text.slice(0, 200));
  await page.getByRole('alert').filter({ hasText: 'Filen är inte en beslutsfil från Finsam-planeraren eller är skadad' }).waitFor();
  assert.equal(await page.getByTestId('decision').count(), 1, 'checking a file stores nothing');
  assertNoProblems(problems);
  await context.close();
});

test('Beslut printed on A4: only that decision, with its reference, fingerprint and figures', async () => {
  const { page, problems, context } = await app.open('#/beslut');
  const card = await decide(page);
  const fingerprint = await card.locator('.fp-decision__hash').innerText();
  await page.evaluate(() => { window.print = () => {}; });
  await card.getByRole('button', { name: 'Skriv ut beslutet' }).click();
  await page.locator('.fp-paper--decision').waitFor({ state: 'attached' });
  const pages = await printed(page);
  const all = pages.map((p) => p.text).join(' ');
  assert.ok(pages[0].text.startsWith('Beslut') || pages[0].text.includes('Beslut '), 'the paper is a Beslut');
  assert.ok(pages[0].text.includes(FORBUND));
  assert.match(pages[0].text, /Utskrivet \d{4}-\d\d-\d\d/);
  pages.forEach((p, i) => assert.ok(p.text.includes(`Sida ${i + 1} av ${pages.length}`)));
  assert.ok(all.includes(`Fastställd 2022-11-24 · ${REFERENCE}`));
  assert.ok(all.replace(/ /g, '').includes(fingerprint), 'the whole fingerprint is printed');
  assert.ok(all.includes('4 649 297 kr'), 'the decided closing equity');
  for (const word of ['Fastställ en budget', 'Kontrollera en beslutsfil', 'Fastställda budgetar', 'Exportera beslutet', 'Jämför med scenario', 'Dela och spara', 'Ångra']) {
    assert.ok(!all.includes(word), `"${word}" is not printed`);
  }
  console.log(`print: Beslut on ${pages.length} A4 page(s)`);
  assertNoProblems(problems);
  await context.close();
});

test('"Nytt scenario efter beslut" starts from exactly the decided figures', async () => {
  const { page, problems, context } = await app.open('#/beslut');
  const card = await decide(page);
  await card.getByRole('button', { name: 'Nytt scenario efter beslut' }).click();
  await card.getByRole('status').filter({ hasText: 'Scenariot Budget 2023 – efter beslut finns nu bland scenarierna.' }).waitFor();
  await card.getByLabel('Jämför med scenario').selectOption({ label: 'Budget 2023 – efter beslut' });
  assert.equal(await card.getByTestId('versus-summary').innerText(), 'Inga skillnader mot beslutet.');
  assertNoProblems(problems);
  await context.close();
});
