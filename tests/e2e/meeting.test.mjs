// End-to-end tests of the meeting mode, on the Lund example (seed_figures.md B): `M` opens it from any page, `1`–`9`
// choose the scenario, `←`/`→` the year, `B` the differences against the baseline, `Esc` leaves; the headline
// figures are large at 1280×720 and 1920×1080 and axe finds nothing. An "Om …" proposal is shown as a difference and
// stores nothing; kept, it is a new scenario and a line in the log (exported as CSV); discarded, localStorage is
// byte-identical to before.
//
// Figures by hand (seed_figures.md B2/B4/B6, as in tests/engine_meeting.rs): in 2016 the document's table closes at
// 1 760 000 with 6 300 000 in contributions and a result of 670 000; Godkänd kommunal ram closes at 1 670 000;
// Max statlig tilldelning (S = 3 340 000, q = 1 670 000) pays 6 680 000, results 1 050 000 and closes at 2 050 000 —
// +380 000, +380 000 and +290 000 against the document. With S = 3 500 000: q = 1 750 000, contributions 7 000 000,
// closing 2 370 000 (+320 000). Godkänd kommunal ram with Kaosam 800 000 instead of 1 000 000 closes at 1 870 000.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest, sv } from './harness.mjs';

const app = useApp();
const LUND = 'Lunds samordningsförbund';
const DOCUMENT = 'Budget 2015–2017 (dokumentets tabell)';
const APPROVED = 'Godkänd kommunal ram';
const MAXIMUM = 'Max statlig tilldelning';

async function openLund(page) {
  await page.getByLabel('Förbund', { exact: true }).selectOption({ label: LUND });
  await page.getByLabel('Visa belopp i', { exact: true }).selectOption({ label: 'kr' });
  await page.getByRole('heading', { level: 2, name: LUND }).first().waitFor();
  await savedLocally(page);
}

const savedLocally = (page) => page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();

/** Presses `key` with the focus outside any field, as a chair would after a click on the page. */
async function pressOutsideFields(page, key) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press(key);
}

async function enterMeeting(page) {
  await pressOutsideFields(page, 'm');
  await page.getByTestId('meeting').waitFor();
  assert.equal(new URL(page.url()).hash, '#/mote');
}

const text = (page, id) => page.getByTestId(id).innerText();

async function shows(page, scenario, year) {
  await page.getByTestId('meeting-scenario').filter({ hasText: new RegExp(`^${scenario.replace(/[()]/g, '\\$&')}$`) }).waitFor();
  await page.getByTestId('meeting-year').filter({ hasText: String(year) }).waitFor();
}

const storedValues = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort()
  .map((k) => [k, localStorage.getItem(k)])));

async function headlineSize(page) {
  return page.getByTestId('meeting-closing').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

test('every key of the meeting: M opens, 1–9 scenario, ←/→ year, B differences, Esc leaves; large type, axe 0', async () => {
  const { page, problems, context } = await app.open('#/budget', { viewport: { width: 1280, height: 720 } });
  await openLund(page);
  await enterMeeting(page);
  await shows(page, DOCUMENT, 2015);
  assert.equal(await page.getByRole('banner').count(), 0, 'no app header, navigation or editing chrome');
  assert.equal(await page.getByRole('navigation').count(), 0);
  assert.match(await text(page, 'meeting-verdict'), /2015/);

  await page.keyboard.press('ArrowRight');
  await shows(page, DOCUMENT, 2016);
  assert.equal(await text(page, 'meeting-closing'), sv('1 760 000 kr'));
  await page.keyboard.press('ArrowRight');
  await shows(page, DOCUMENT, 2017);
  assert.equal(await text(page, 'meeting-closing'), sv('5 640 000 kr'));
  await page.keyboard.press('ArrowRight');
  await shows(page, DOCUMENT, 2017);
  await page.keyboard.press('ArrowLeft');
  await shows(page, DOCUMENT, 2016);

  await page.keyboard.press('3');
  await shows(page, MAXIMUM, 2016);
  assert.equal(await text(page, 'meeting-contributions'), sv('6 680 000 kr'));
  assert.equal(await text(page, 'meeting-result'), sv('1 050 000 kr'));
  assert.equal(await text(page, 'meeting-closing'), sv('2 050 000 kr'));
  const deltas = await page.locator('.fp-meeting__delta').allInnerTexts();
  assert.deepEqual(deltas, ['+380 000 kr', '+380 000 kr', '+290 000 kr'].map((d) => sv(`${d} mot ${DOCUMENT}`)));
  const region = page.getByTestId('meeting-payers').getByRole('row', { name: /^Region Skåne/ });
  assert.deepEqual(await region.locator('td').allInnerTexts(), [sv('1 670 000 kr'), sv('+95 000 kr')]);
  assert.ok((await text(page, 'meeting-words')).startsWith(sv(`2016: ${MAXIMUM} ger 380 000 kr mer`)), 'the difference in words');
  assert.deepEqual(await axeViolations(page), []);
  const small = await headlineSize(page);
  assert.ok(small >= 24, `headline figures at 1280×720: ${small}px`);

  await page.keyboard.press('b');
  await page.getByTestId('meeting-deltas').and(page.locator('[aria-pressed="false"]')).waitFor();
  assert.equal(await page.locator('.fp-meeting__delta').count(), 0, 'B hides the differences');
  assert.equal(await page.getByTestId('meeting-words').count(), 0);
  await page.keyboard.press('B');
  await page.locator('.fp-meeting__delta').first().waitFor();

  await page.keyboard.press('2');
  await shows(page, APPROVED, 2016);
  assert.equal(await text(page, 'meeting-closing'), sv('1 670 000 kr'));
  await page.keyboard.press('9');
  await shows(page, APPROVED, 2016);
  // Digits typed into the proposal's field are the amount, not a scenario.
  await page.locator('#fp-what-if-amount').click();
  await page.keyboard.press('1');
  await shows(page, APPROVED, 2016);
  await page.keyboard.press('1');
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('1');
  await shows(page, DOCUMENT, 2016);

  await page.setViewportSize({ width: 1920, height: 1080 });
  const large = await headlineSize(page);
  assert.ok(large >= small, `headline figures at 1920×1080: ${large}px`);
  assert.deepEqual(await axeViolations(page), []);
  console.log(`meeting: headline figures ${small}px at 1280×720, ${large}px at 1920×1080`);

  await page.keyboard.press('Escape');
  await page.getByTestId('meeting').waitFor({ state: 'detached' });
  assert.equal(new URL(page.url()).hash, '#/budget', 'back where the meeting began');
  await enterMeeting(page);
  await page.getByTestId('leave-meeting').click();
  await page.getByTestId('meeting').waitFor({ state: 'detached' });
  await page.getByTestId('enter-meeting').click();
  await page.getByTestId('meeting').waitFor();
  await page.keyboard.press('M');
  await page.getByTestId('meeting').waitFor({ state: 'detached' });
  assertNoProblems(problems);
  await context.close();
});

test('a kept proposal is a new scenario and a line in the log, exported for the minutes; one undo takes it back', async () => {
  const { page, problems, context } = await app.open('#/budget', { viewport: { width: 1280, height: 720 } });
  await openLund(page);
  await enterMeeting(page);
  await page.keyboard.press('3');
  await shows(page, MAXIMUM, 2016);
  const before = await storedValues(page);
  const amount = page.getByLabel('Föreslaget belopp (kr)');
  assert.equal(await amount.inputValue(), sv('3 340 000'));
  await amount.fill('3 500 000');
  await page.getByTestId('show-proposal').click();
  const proposal = page.getByTestId('proposal');
  await proposal.waitFor();
  assert.ok((await proposal.innerText()).includes(sv('Möjlig statlig tilldelning 2016: 3 340 000 kr → 3 500 000 kr (+160 000 kr)')));
  assert.equal(await text(page, 'meeting-contributions'), sv('7 000 000 kr'));
  assert.equal(await text(page, 'meeting-closing'), sv('2 370 000 kr'));
  assert.equal(await amount.inputValue(), '3 500 000', 'the field keeps the proposed amount while it is shown');
  assert.deepEqual(await page.locator('.fp-meeting__delta').allInnerTexts(),
    ['+320 000 kr', '+320 000 kr', '+320 000 kr'].map((d) => sv(`${d} mot ${MAXIMUM}`)), 'against the scenario itself');
  const region = page.getByTestId('meeting-payers').getByRole('row', { name: /^Region Skåne/ });
  assert.deepEqual(await region.locator('td').allInnerTexts(), [sv('1 750 000 kr'), sv('+80 000 kr')]);
  assert.deepEqual(await storedValues(page), before, 'a shown proposal stores nothing');
  assert.deepEqual(await axeViolations(page), []);

  await page.getByLabel('Namn på det nya scenariot').fill('Max statlig 3,5 mnkr');
  await page.getByTestId('keep-proposal').click();
  await page.getByTestId('meeting-said').filter({ hasText: 'Förslaget är sparat som scenariot Max statlig 3,5 mnkr.' }).waitFor();
  await shows(page, 'Max statlig 3,5 mnkr', 2016);
  assert.ok((await page.locator('.fp-meeting__place').innerText()).includes('Scenario 4 av 4'));
  assert.equal(await text(page, 'meeting-closing'), sv('2 370 000 kr'));
  assert.equal(await page.getByTestId('proposal').count(), 0);
  const log = page.getByTestId('meeting-log');
  assert.ok((await log.getByRole('heading').innerText()).includes('(1)'));
  const entry = await log.getByRole('listitem').innerText();
  assert.match(entry, /^\d{4}-\d\d-\d\d \d\d:\d\d · /);
  assert.ok(entry.endsWith(sv(`${MAXIMUM} 2016 · Möjlig statlig tilldelning: 3 340 000 kr → 3 500 000 kr (+160 000 kr) · sparat som Max statlig 3,5 mnkr`)), entry);
  assert.deepEqual(await axeViolations(page), []);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-log').click()]);
  assert.match(download.suggestedFilename(), /^finsam-planner-motesforslag-\d{4}-\d\d-\d\d\.csv$/);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.equal(csv[0], 'Tid;Scenario;År;Vad;Före (kr);Förslag (kr);Förändring (kr);Sparat som scenario');
  assert.match(csv[1], /;Max statlig tilldelning;2016;Möjlig statlig tilldelning;3340000;3500000;160000;Max statlig 3,5 mnkr$/);
  assert.equal(csv.length, 2);

  // Stored: after a reload the scenario and the log are still there.
  await page.keyboard.press('Escape');
  await page.getByTestId('meeting').waitFor({ state: 'detached' });
  await savedLocally(page);
  await page.reload();
  await page.getByRole('main').waitFor();
  await enterMeeting(page);
  await page.keyboard.press('4');
  await shows(page, 'Max statlig 3,5 mnkr', 2016);
  assert.equal(await page.getByTestId('meeting-log').getByRole('listitem').count(), 1);
  await page.keyboard.press('Escape');
  await page.getByTestId('meeting').waitFor({ state: 'detached' });
  assert.match(await page.getByTestId('undo').innerText(), /behåll förslaget som scenariot Max statlig 3,5 mnkr/);
  await page.getByTestId('undo').click();
  await enterMeeting(page);
  assert.ok((await page.locator('.fp-meeting__place').innerText()).includes('av 3'), 'one undo: the scenario is gone');
  assert.equal(await page.getByTestId('meeting-log').getByRole('listitem').count(), 0, 'and so is the log line');
  assertNoProblems(problems);
  await context.close();
});

test('a discarded proposal leaves localStorage byte-identical', async () => {
  const { page, problems, context } = await app.open('#/budget', { viewport: { width: 1280, height: 720 } });
  await openLund(page);
  const before = await storedValues(page);
  await enterMeeting(page);
  await page.keyboard.press('2');
  await shows(page, APPROVED, 2016);
  const figure = page.getByLabel('Belopp att ändra');
  const kaosam = (await figure.locator('option').allInnerTexts()).find((o) => o.endsWith('Kaosam 2016'));
  await figure.selectOption({ label: kaosam });
  const amount = page.getByLabel('Föreslaget belopp (kr)');
  await amount.waitFor();
  assert.equal(await amount.inputValue(), sv('1 000 000'));
  await amount.fill('800 000');
  await amount.press('Enter');
  await page.getByTestId('proposal').waitFor();
  assert.equal(await text(page, 'meeting-closing'), sv('1 870 000 kr'));
  await page.getByTestId('discard-proposal').click();
  await page.getByTestId('meeting-said').filter({ hasText: 'Förslaget är slängt; ingenting har ändrats.' }).waitFor();
  assert.equal(await page.getByTestId('proposal').count(), 0);
  assert.equal(await text(page, 'meeting-closing'), sv('1 670 000 kr'));
  assert.equal(await page.getByTestId('meeting-log').getByRole('listitem').count(), 0);
  await page.keyboard.press('Escape');
  await page.getByTestId('meeting').waitFor({ state: 'detached' });
  await page.waitForTimeout(500);
  assert.deepEqual(await storedValues(page), before, 'nothing stored changed');
  assertNoProblems(problems);
  await context.close();
});

noForeignRequestsTest(app, 3);
