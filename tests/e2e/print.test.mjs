// End-to-end tests of the board papers: Chromium prints (page.pdf, A4, the page's own @page sizes) the Budget page
// of the Lund example with its three years and the Jämför page, and the PDF's text is read back with pdf.js.
// Every year's closing equity is in it, with the förbund, the scenario and the date on top and "Sida 1 av N" on
// each page; no navigation, button or language toggle is; a budget of more than three years prints landscape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, assertNoProblems, axeViolations, sv } from './harness.mjs';
import { plain, printed } from './pdf.mjs';

const app = useApp();
const LUND = 'Lunds samordningsförbund';
const DOCUMENT_SCENARIO = 'Budget 2015–2017 (dokumentets tabell)';

/** Words that belong to the screen only: the navigation, the header's tools and buttons. */
const SCREEN_ONLY = ['Dela och spara', 'Inställningar', 'Historik', 'Ångra', 'Inget att göra om', 'English',
  'Skriv ut', 'Utskrift', 'Hoppa till innehållet', 'Redigera rader och grupper', 'Visa belopp i'];

function assertPaper(pages, { kind, names }) {
  const all = pages.map((p) => p.text).join(' ');
  assert.ok(pages[0].text.includes(kind), `page 1 names the paper: ${kind}`);
  assert.ok(pages[0].text.includes(names), `page 1 names ${names}`);
  assert.match(pages[0].text, /Utskrivet \d{4}-\d\d-\d\d/);
  pages.forEach((p, i) => assert.ok(p.text.includes(`Sida ${i + 1} av ${pages.length}`), `page ${i + 1} of ${pages.length} is numbered`));
  for (const word of SCREEN_ONLY) assert.ok(!all.includes(word), `"${word}" is not printed`);
  return all;
}

async function openLund(page, hash) {
  await page.getByLabel('Förbund', { exact: true }).selectOption({ label: LUND });
  await page.getByLabel('Visa belopp i', { exact: true }).selectOption({ label: 'kr' });
  await page.goto(app.url() + hash);
  await page.getByRole('heading', { level: 2, name: LUND }).or(page.getByRole('heading', { level: 2, name: 'Jämför scenarier' })).first().waitFor();
}

test('Budget of Lund printed on A4: all three years, closing equity each year, no screen chrome, "Sida 1 av N"', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await openLund(page, '#/budget');
  const closing = await page.getByRole('row', { name: /^Utgående eget kapital/ }).first().locator('td').allInnerTexts();
  // seed_figures.md B4: 2015 closes at 7 550 000 − 6 460 000 = 1 090 000; carried forward, 2016 closes at
  // 1 090 000 + 6 330 000 − 5 660 000 = 1 760 000 and 2017 at 1 760 000 + 7 030 000 − 3 150 000 = 5 640 000.
  assert.deepEqual(closing.map(plain), ['1 090 000', '1 760 000', '5 640 000']);
  const pages = await printed(page);
  assert.ok(pages[0].width < pages[0].height, 'three years: portrait');
  const all = assertPaper(pages, { kind: 'Budgetförslag', names: `${LUND} · ${DOCUMENT_SCENARIO}` });
  for (const year of ['2015', '2016', '2017']) assert.ok(all.includes(year), `${year} is printed`);
  for (const figure of closing) assert.ok(all.includes(plain(figure)), `closing equity ${plain(figure)} is printed`);
  // Who pays what in every year (seed_figures.md B: 2015 5 500 000, 2016 6 300 000, 2017 7 000 000 in total).
  assert.ok(all.includes('Vem betalar vad, alla år (kr)'), 'who pays what, every year, is printed');
  assert.ok(all.includes('Region Skåne 1 375 000 1 575 000 1 750 000 Lunds kommun 1 375 000 1 575 000 1 750 000 Medlemsbidrag'), 'each member each year');
  assert.ok(all.includes('Medlemsbidrag totalt 5 500 000 6 300 000 7 000 000'), 'the total each year');
  console.log(`print: Lund budget on ${pages.length} A4 pages`);
  assertNoProblems(problems);
  await context.close();
});

test('a budget of more than three years prints landscape, every year on the page', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await openLund(page, '#/budget');
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  // A fourth year (2018, as an overview plan like 2017) put into the stored förbund, then reloaded.
  await page.evaluate((name) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('finsam-planner/v2/ws/')
      && JSON.parse(localStorage.getItem(k)).data.name === name);
    const envelope = JSON.parse(localStorage.getItem(key));
    const years = envelope.data.scenarios[0].years;
    years.push({ ...years[years.length - 1], year: 2018 });
    localStorage.setItem(key, JSON.stringify(envelope));
  }, LUND);
  await page.reload();
  await page.getByRole('columnheader', { name: /^2018/ }).waitFor();
  const pages = await printed(page);
  assert.ok(pages[0].width > pages[0].height, 'four years: landscape');
  const all = pages.map((p) => p.text).join(' ');
  for (const year of ['2015', '2016', '2017', '2018']) assert.ok(all.includes(year), `${year} is printed`);
  assertNoProblems(problems);
  await context.close();
});

test('Jämför printed on A4 names the förbund and the date, and prints the deltas', async () => {
  const { page, problems, context } = await app.open('#/jamfor');
  await openLund(page, '#/jamfor');
  await page.getByRole('checkbox', { name: 'Max statlig tilldelning' }).check();
  await page.getByRole('checkbox', { name: /^Budget 2015–2017/ }).uncheck();
  await page.getByRole('table', { name: /^Jämförelse mot Godkänd kommunal ram/ }).waitFor();
  const pages = await printed(page);
  const all = assertPaper(pages, { kind: 'Jämförelse av scenarier', names: LUND });
  // seed_figures.md B6: the maximum allocation closes 2016 at 2 050 000, 380 000 above the approved frame's 1 670 000.
  for (const figure of ['1 670 000', '2 050 000', '+380 000']) assert.ok(all.includes(sv(figure).replace(/\u00a0/g, ' ')), `${figure} is printed`);
  assertNoProblems(problems);
  await context.close();
});

test('budget basis per member: one A4 page each, what the member pays, its share and its key; nothing else', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await page.getByLabel('Utskrift', { exact: true }).selectOption({ label: 'Budgetunderlag för alla medlemmar' });
  const letters = page.getByTestId('member-letter');
  await letters.first().waitFor();
  assert.equal(await letters.count(), 4, 'Försäkringskassan, the region and both municipalities (AF pays nothing itself)');
  const pages = await printed(page);
  assert.equal(pages.length, 4, 'one page per member');
  const names = ['Försäkringskassan', 'Region Skåne', 'Landskrona Stad', 'Svalövs kommun'];
  pages.forEach((p, i) => {
    assert.ok(p.text.includes(`Budgetunderlag för ${names[i]}`), `page ${i + 1} is ${names[i]}'s`);
    assert.ok(p.text.includes(`Sida ${i + 1} av 4`));
    assert.ok(p.text.includes('Samordningsförbundet Landskrona Svalöv · Budget 2023 · Utskrivet'));
    assert.ok(!p.text.includes('Summa kostnader'), 'the budget table is not printed with the letters');
  });
  // seed_figures.md A: the municipal quarter 1 257 000 split 46 000 : 14 000 → 963 700 and 293 300;
  // of 5 028 000 in all that is 19,2 % and 5,8 %.
  assert.ok(pages[2].text.includes('2023 963 700 19,2 %'), pages[2].text);
  assert.ok(pages[2].text.includes('fördelad efter folkmängd: Landskrona Stad 46 000 av 60 000 (76,7 %)'));
  assert.ok(pages[3].text.includes('2023 293 300 5,8 %'));
  assert.ok(pages[0].text.includes('2023 2 514 000 50,0 %'));
  for (const word of SCREEN_ONLY) assert.ok(!pages.map((p) => p.text).join(' ').includes(word), `"${word}" is not printed`);

  await page.getByLabel('Utskrift', { exact: true }).selectOption({ label: 'Budgetunderlag för Svalövs kommun' });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="member-letter"]').length === 1);
  const one = await printed(page);
  assert.equal(one.length, 1);
  assert.ok(one[0].text.includes('Budgetunderlag för Svalövs kommun'));
  assert.deepEqual(await axeViolations(page), []);
  await page.getByLabel('Utskrift', { exact: true }).selectOption({ label: 'Budgetförslag' });
  await letters.first().waitFor({ state: 'detached' });
  assertNoProblems(problems);
  await context.close();
});
