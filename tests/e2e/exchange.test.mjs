// End-to-end tests of "Dela och spara" (#/dela) in headless Chromium: exports are byte-stable and a one-figure
// change is a one-line diff, export → import in a fresh browser gives back the same figures, a preview shows each
// collision with its differences and applies only on "Importera", the same file twice imports nothing the second
// time, 50 malformed files are each refused with a message and leave the stored data byte-identical (the 6 MB one
// before a byte is read), the scenario CSV is Excel's (BOM, ';', decimal comma), drag-and-drop, and the recovery
// screen's way here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { appReady } from './browser.mjs';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest, sv } from './harness.mjs';

const app = useApp();

/** sha256 of every key of the app and its value, as stored now. */
async function storedHash(page) {
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('finsam-planner/')).sort()
    .map((k) => [k, localStorage.getItem(k)]));
  return createHash('sha256').update(JSON.stringify(stored)).digest('hex');
}

/** Clicks `button` and returns the download's file name and bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

const exportWorkspace = (page) => download(page, 'Exportera hela förbundet (JSON)');

async function chooseFile(page, name, buffer) {
  await page.getByLabel('Välj fil att importera').setInputFiles({ name, mimeType: 'application/json', buffer });
}

async function editAmount(page, name, value) {
  await page.goto(new URL('#/budget', page.url()).href);
  const field = page.getByRole('textbox', { name });
  await field.fill(value);
  await field.press('Enter');
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
}

const SALARIES = 'Belopp för Lönekostnader 2023';
const closingEquity = (page) => page.getByRole('row', { name: /Utgående eget kapital/ }).first().innerText();
const refusal = (page) => page.getByRole('alert').filter({ hasText: 'Filen importerades inte' });

test('the page passes axe; two exports are byte-identical, pretty, named by the engine; the status shows the export', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await editAmount(page, SALARIES, '1 060 000');
  await page.goto(app.url() + '#/dela');
  await page.getByRole('heading', { level: 2, name: 'Dela och spara' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Dela och spara' }).getAttribute('aria-current'), 'page');
  assert.deepEqual(await axeViolations(page), []);
  const first = await exportWorkspace(page);
  const second = await exportWorkspace(page);
  assert.match(first.name, /^finsam-samordningsforbundet-landskrona-svalov-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(Buffer.compare(first.bytes, second.bytes), 0, 'byte-identical');
  const text = first.bytes.toString('utf8');
  assert.match(text, /^\{\n {2}"format": "finsam-planner",\n {2}"schemaVersion": \d+,/);
  assert.ok(text.endsWith('}\n'), 'trailing newline');
  const today = first.name.slice(-15, -5);
  await page.getByTestId('status').filter({ hasText: `senast exporterad ${today}` }).waitFor();
  const scenario = await download(page, 'Exportera scenariot (JSON)');
  assert.match(scenario.name, /^finsam-samordningsforbundet-landskrona-svalov-budget-2023-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(JSON.parse(scenario.bytes.toString('utf8')).kind, 'scenario');
  assertNoProblems(problems);
  await context.close();
});

test('a one-figure change gives a one-line diff of the export', async () => {
  const { page, problems, context } = await app.open('#/dela');
  const before = (await exportWorkspace(page)).bytes.toString('utf8').split('\n');
  await editAmount(page, 'Belopp för Lokalkostnader 2023', '61 000');
  await page.goto(app.url() + '#/dela');
  const after = (await exportWorkspace(page)).bytes.toString('utf8').split('\n');
  assert.equal(after.length, before.length, 'same number of lines');
  const differing = before.map((line, i) => [line, after[i]]).filter(([a, b]) => a !== b);
  assert.equal(differing.length, 1, JSON.stringify(differing));
  assert.match(differing[0][0], /"60000"/);
  assert.match(differing[0][1], /"61000"/);
  assertNoProblems(problems);
  await context.close();
});

test('export → import into a fresh browser: the preview shows the difference in kr, Ersätt gives back 4 649 297 kr', async () => {
  const a = await app.open('#/dela');
  const exported = await exportWorkspace(a.page);
  const b = await app.open('#/budget');
  await editAmount(b.page, SALARIES, '1 100 000');
  assert.match(await closingEquity(b.page), new RegExp(sv('4 599 297')));
  await b.page.goto(app.url() + '#/dela');
  await chooseFile(b.page, exported.name, exported.bytes);
  const preview = b.page.getByTestId('preview');
  await preview.waitFor();
  const collision = preview.getByTestId('collision');
  assert.equal(await collision.count(), 1);
  assert.match(await collision.locator('legend').innerText(), /Vad ska hända med Förbund: Samordningsförbundet Landskrona/);
  assert.equal(await collision.getByLabel('Hoppa över').isChecked(), true, 'Hoppa över is the default');
  const salaries = collision.getByRole('row', { name: /Lönekostnader/ });
  assert.match(await salaries.innerText(), new RegExp(`2023\\s+Lönekostnader.*\\s+${sv('1 100 000')}\\s+${sv('1 050 000')}\\s+${sv('-50 000')}`));
  const closing = collision.getByRole('row', { name: /Utgående eget kapital/ });
  assert.match(await closing.innerText(), new RegExp(`${sv('4 599 297')}\\s+${sv('4 649 297')}\\s+\\+${sv('50 000')}`));
  assert.deepEqual(await axeViolations(b.page), [], 'axe on the preview');
  await collision.getByLabel('Ersätt').check();
  await preview.getByRole('button', { name: 'Importera' }).click();
  await b.page.getByRole('status').filter({ hasText: 'Importerat: 1 ersatta.' }).waitFor();
  await b.page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  await b.page.goto(app.url() + '#/oversikt');
  await b.page.waitForFunction((t) => document.querySelector('main').innerText.includes(t), sv('4 649 297'));
  await b.page.reload();
  await appReady(b.page);
  await b.page.goto(app.url() + '#/budget');
  assert.match(await closingEquity(b.page), new RegExp(sv('4 649 297')));
  await b.page.goto(app.url() + '#/dela');
  const again = await exportWorkspace(b.page);
  assert.equal(Buffer.compare(again.bytes, exported.bytes), 0, 'export → import → export is byte-identical');
  assertNoProblems(a.problems);
  assertNoProblems(b.problems);
  await a.context.close();
  await b.context.close();
});

test('Hoppa över (the default) and Avbryt change nothing', async () => {
  const a = await app.open('#/dela');
  const exported = await exportWorkspace(a.page);
  const b = await app.open('#/budget');
  await editAmount(b.page, SALARIES, '1 100 000');
  await b.page.goto(app.url() + '#/dela');
  const before = await storedHash(b.page);
  await chooseFile(b.page, exported.name, exported.bytes);
  await b.page.getByTestId('preview').getByRole('button', { name: 'Avbryt' }).click();
  await b.page.getByRole('status').filter({ hasText: 'Importen avbröts' }).waitFor();
  assert.equal(await b.page.getByTestId('preview').count(), 0);
  await chooseFile(b.page, exported.name, exported.bytes);
  await b.page.getByTestId('preview').getByRole('button', { name: 'Importera' }).click();
  await b.page.getByRole('status').filter({ hasText: 'Ingenting ändrades.' }).waitFor();
  assert.equal(await storedHash(b.page), before, 'stored data unchanged');
  await b.page.goto(app.url() + '#/budget');
  assert.match(await closingEquity(b.page), new RegExp(sv('4 599 297')));
  assertNoProblems(a.problems);
  assertNoProblems(b.problems);
  await a.context.close();
  await b.context.close();
});

test('a new förbund is added; the same file a second time: "Inget att importera", nothing changes', async () => {
  const { page, problems, context } = await app.open('#/dela');
  const exported = await exportWorkspace(page);
  const file = JSON.parse(exported.bytes.toString('utf8'));
  file.data.name = 'Testförbundet i Exempelby';
  const bytes = Buffer.from(`${JSON.stringify(file, null, 2)}\n`);
  await chooseFile(page, 'testforbundet.json', bytes);
  const preview = page.getByTestId('preview');
  assert.match(await preview.getByTestId('added').innerText(), /Förbund: Testförbundet i Exempelby/);
  await preview.getByRole('button', { name: 'Importera' }).click();
  await page.getByRole('status').filter({ hasText: 'Importerat: 1 tillagda.' }).waitFor();
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  const before = await storedHash(page);
  await chooseFile(page, 'testforbundet.json', bytes);
  await preview.getByTestId('nothing').filter({ hasText: 'Inget att importera' }).waitFor();
  assert.equal(await preview.getByRole('button', { name: 'Importera' }).count(), 0, 'no Importera button');
  assert.match(await preview.getByTestId('unchanged').innerText(), /Testförbundet i Exempelby/);
  assert.equal(await storedHash(page), before);
  assertNoProblems(problems);
  await context.close();
});

/** 50 broken files made from a valid export, each with what its message must say. */
function malformedFiles(text) {
  const base = JSON.parse(text);
  const variant = (change) => { const v = structuredClone(base); change(v); return JSON.stringify(v, null, 2); };
  const line = (v) => v.data.scenarios[0].groups.flatMap((g) => g.lines).find((l) => l.source.own);
  const linePath = (() => {
    const groups = base.data.scenarios[0].groups;
    for (const [g, group] of groups.entries()) {
      const l = group.lines.findIndex((x) => x.source.own);
      if (l >= 0) return `scenarios[0].groups[${g}].lines[${l}]`;
    }
    return 'none';
  })();
  const year = (v) => Object.keys(line(v).source.own.amounts)[0];
  const setAmount = (value) => variant((v) => { line(v).source.own.amounts[year(v)] = value; });
  const cases = [];
  for (const share of [0.01, 0.1, 0.25, 0.5, 0.75, 0.99]) {
    cases.push([`truncated at ${share * 100} %`, text.slice(0, Math.floor(text.length * share)), /inte giltig JSON/]);
  }
  cases.push(
    ['truncated by one byte', text.slice(0, -2), /inte giltig JSON/],
    ['empty', '', /inte giltig JSON/],
    ['plain text', 'Budget 2023: 4 649 297 kr', /inte giltig JSON/],
    ['CSV', '\ufeffRad;2023\r\nLönekostnader;1050000\r\n', /inte giltig JSON/],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]), /UTF-8/],
    ['a byte that is not UTF-8', Buffer.concat([Buffer.from(text.slice(0, 40)), Buffer.from([0xff]), Buffer.from(text.slice(40))]), /UTF-8/],
    ['a JSON array', '[]', /inte en export/],
    ['a number', '42', /inte en export/],
    ['null', 'null', /inte en export/],
    ['a string', '"finsam-planner"', /inte en export/],
    ['an empty object', '{}', /inte en export/],
    ['another app\'s format', variant((v) => { v.format = 'excalidraw'; }), /inte en export/],
    ['no format', variant((v) => { delete v.format; }), /inte en export/],
    ['newer schemaVersion', variant((v) => { v.schemaVersion = 999; }), /nyare version \(v999\)/],
    ['schemaVersion 0', variant((v) => { v.schemaVersion = 0; }), /version/i],
    ['schemaVersion as text', variant((v) => { v.schemaVersion = '2'; }), /schemaVersion/],
    ['no schemaVersion', variant((v) => { delete v.schemaVersion; }), /schemaVersion/],
    ['unknown field at the top', variant((v) => { v.comment = 'hej'; }), /comment/],
    ['unknown field in data', variant((v) => { v.data.colour = 'red'; }), /colour/],
    ['misspelled field in a line', variant((v) => { line(v).ammount = '1'; }), new RegExp(`${linePath.replace(/[[\].]/g, '\\$&')}`)],
    ['unknown field in a party', variant((v) => { v.data.parties[0].email = 'x@y.se'; }), /parties\[0\]/],
    ['missing data', variant((v) => { delete v.data; }), /data/],
    ['missing kind', variant((v) => { delete v.kind; }), /kind/],
    ['missing exportedOn', variant((v) => { delete v.exportedOn; }), /exportedOn/],
    ['missing scenarios', variant((v) => { delete v.data.scenarios; }), /scenarios/],
    ['missing parties', variant((v) => { delete v.data.parties; }), /parties/],
    ['missing a line name', variant((v) => { delete line(v).name; }), /name/],
    ['missing a line source', variant((v) => { delete line(v).source; }), /source/],
    ['missing next_id', variant((v) => { delete v.data.next_id; }), /next_id/],
    ['amount with a decimal comma', setAmount('12,5'), /amounts/],
    ['amount as a JSON number', setAmount(12.5), /amounts/],
    ['amount as words', setAmount('tolv kronor'), /amounts/],
    ['amount far too large', setAmount('999999999999999999999'), /amounts/],
    ['amount null', setAmount(null), /amounts/],
    ['a year out of range', variant((v) => { const a = line(v).source.own.amounts; a['20225'] = a[year(v)]; }), /20225/],
    ['unknown kind', variant((v) => { v.kind = 'album'; }), /kind/],
    ['a date that does not exist', variant((v) => { v.exportedOn = '2026-13-40'; }), /exportedOn/],
    ['an empty förbund name', variant((v) => { v.data.name = '  '; }), /name/],
    ['a control character in a name', variant((v) => { v.data.name = 'Landskrona\u0007'; }), /name/],
    ['a name far too long', variant((v) => { v.data.name = 'x'.repeat(5000); }), /name/],
    ['a party of an unknown kind', variant((v) => { v.data.parties[0].kind = 'kyrka'; }), /parties\[0\]/],
    ['duplicate key', text.replace('"format": "finsam-planner",', '"format": "finsam-planner",\n  "format": "finsam-planner",'), /format/],
    ['nested 10 000 deep', '['.repeat(10000) + ']'.repeat(10000), /JSON|export/],
  );
  return cases;
}

test('50 malformed files: each refused with a message (and the path), stored data byte-identical, no preview', async () => {
  const { page, problems, context } = await app.open('#/dela');
  const exported = await exportWorkspace(page);
  await editAmount(page, SALARIES, '1 060 000');
  await page.goto(app.url() + '#/dela');
  const before = await storedHash(page);
  const cases = malformedFiles(exported.bytes.toString('utf8'));
  assert.equal(cases.length, 49, 'the 6 MB file below is the 50th');
  const messages = [];
  for (const [name, content, expected] of cases) {
    await chooseFile(page, `${name}.json`, Buffer.from(content));
    const alert = refusal(page);
    await alert.waitFor({ timeout: 2000 });
    const message = await alert.innerText();
    assert.match(message, expected, `${name}: ${message}`);
    messages.push(message);
    assert.equal(await page.getByTestId('preview').count(), 0, `${name}: no preview`);
    assert.equal(await storedHash(page), before, `${name}: stored data unchanged`);
    // A valid file in between clears the message, so the next refusal is a new one.
    await chooseFile(page, 'valid.json', exported.bytes);
    await page.getByTestId('preview').waitFor();
  }
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(problems);
  await context.close();
});

test('a 6 MB file is refused before a byte of it is read', async () => {
  const { page, problems, context } = await app.newSession();
  await page.addInitScript(() => {
    window.__reads = 0;
    for (const name of ['arrayBuffer', 'text', 'stream', 'slice']) {
      const original = Blob.prototype[name];
      Blob.prototype[name] = function read(...args) { window.__reads += 1; return original.apply(this, args); };
    }
    for (const name of ['readAsArrayBuffer', 'readAsText', 'readAsDataURL', 'readAsBinaryString']) {
      const original = FileReader.prototype[name];
      FileReader.prototype[name] = function read(...args) { window.__reads += 1; return original.apply(this, args); };
    }
  });
  await page.goto(app.url() + '#/dela');
  await appReady(page);
  const before = await storedHash(page);
  await chooseFile(page, 'stor.json', Buffer.alloc(6 * 1024 * 1024, 0x20));
  assert.match(await refusal(page).innerText(), /för stor \(6 MB; högst 5 MB\)/);
  assert.equal(await page.evaluate(() => window.__reads), 0, 'no read of the file');
  assert.equal(await storedHash(page), before);
  assertNoProblems(problems);
  await context.close();
});

test('the scenario CSV for Excel: BOM, semicolons, CRLF, decimal comma', async () => {
  const { page, problems, context } = await app.open('#/budget');
  await editAmount(page, SALARIES, '1 050 000,50');
  await page.goto(app.url() + '#/dela');
  const csv = await download(page, 'Exportera scenariot för Excel (CSV)');
  assert.match(csv.name, /^finsam-samordningsforbundet-landskrona-svalov-budget-2023-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const text = csv.bytes.toString('utf8').slice(1);
  assert.ok(text.includes('\r\n'), 'CRLF');
  const salaries = text.split('\r\n').find((row) => row.includes('Lönekostnader'));
  assert.ok(salaries, 'a row for Lönekostnader');
  assert.ok(salaries.split(';').includes('1050000,50'), salaries);
  assert.ok(text.split('\r\n').some((row) => row.split(';').includes('4649296,50')), 'closing equity 4 649 297 − 0,50');
  assertNoProblems(problems);
  await context.close();
});

test('drag-and-drop a file onto the drop zone shows the same preview', async () => {
  const { page, problems, context } = await app.open('#/dela');
  const exported = await exportWorkspace(page);
  const transfer = await page.evaluateHandle(([name, text]) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: 'application/json' }));
    return data;
  }, [exported.name, exported.bytes.toString('utf8')]);
  await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await page.getByTestId('preview').getByTestId('nothing').waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('the recovery screen for unreadable stored data links here; import waits for "Börja om"', async () => {
  const { page, problems, context } = await app.open('#/budget');
  const garbage = '{"format":"finsam-planner/index","schemaVersion":2,"revision":1,"savedAt":"x","data":{"workspaces":[';
  await page.evaluate((g) => localStorage.setItem('finsam-planner/v2/index', g), garbage);
  await page.reload();
  await appReady(page);
  const before = await storedHash(page);
  await page.getByTestId('recovery').getByRole('link', { name: 'Öppna Dela och spara för att importera' }).click();
  await page.getByRole('heading', { level: 2, name: 'Dela och spara' }).waitFor();
  assert.match(page.url(), /#\/dela$/);
  await chooseFile(page, 'any.json', Buffer.from('{}'));
  await page.getByRole('alert').filter({ hasText: 'Import går inte just nu' }).waitFor();
  assert.equal(await storedHash(page), before, 'the unreadable value is kept');
  assertNoProblems(problems);
  await context.close();
});

noForeignRequestsTest(app, 12);
