// End-to-end tests of the published JSON Schema for integrators: the built site serves it at
// finsam-planner.schema.json, and real export files validate against it — the ones the app downloads for both
// built-in förbund (whole förbund and one scenario) and the ones the engine writes for both examples and the
// large benchmark workspace (tests/ui_bench_workspace.rs, run by `cargo test` before these tests). Files with a
// money amount as a JSON number, with a decimal comma, with öre past two decimals, with an impossible date or
// with an unknown field are refused, so the schema can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { useApp, assertNoProblems, noForeignRequestsTest } from './harness.mjs';

const app = useApp();
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const samples = join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'tmp', 'export-samples');

/** The schema as the built site serves it, compiled. */
async function publishedValidator() {
  const response = await fetch(new URL('finsam-planner.schema.json', app.url()));
  assert.equal(response.status, 200, 'the built site serves the schema');
  assert.match(response.headers.get('content-type') ?? '', /json/);
  const schema = await response.json();
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // The integer formats schemars writes (Rust's unsigned types), checked by their range.
  const unsigned = (bits) => ({ type: 'number', validate: (n) => Number.isSafeInteger(n) && n >= 0 && n < 2 ** bits });
  for (const [format, bits] of [['uint8', 8], ['uint16', 16], ['uint32', 32], ['uint64', 53], ['uint', 53]]) {
    ajv.addFormat(format, unsigned(bits));
  }
  return ajv.compile(schema);
}

function assertValid(validate, text, what) {
  const ok = validate(JSON.parse(text));
  assert.ok(ok, `${what} does not match the schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
}

/** Clicks `button` and returns the downloaded text. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile(await file.path(), 'utf8');
}

test('the engine\'s exports of both examples and the large workspace match the published schema', async () => {
  assert.ok(existsSync(samples), `${samples} is missing: run \`cargo test --test ui_bench_workspace\` first`);
  const validate = await publishedValidator();
  const files = (await readdir(samples)).filter((f) => f.endsWith('.json')).sort();
  assert.deepEqual(files, ['landskrona-scenario.json', 'landskrona-workspace.json', 'large-scenario.json',
    'large-workspace.json', 'lund-scenario.json', 'lund-workspace.json']);
  for (const file of files) assertValid(validate, await readFile(join(samples, file), 'utf8'), file);
});

test('the files the app downloads for both built-in förbund match the published schema', async () => {
  const validate = await publishedValidator();
  const { page, problems } = await app.open('#/dela');
  const picker = page.getByLabel('Förbund', { exact: true });
  const names = await picker.locator('option').allInnerTexts();
  assert.equal(names.length, 2, 'two built-in förbund');
  for (const [index, name] of names.entries()) {
    await picker.selectOption({ index });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    assertValid(validate, await download(page, 'Exportera hela förbundet (JSON)'), `${name}: the whole förbund`);
    assertValid(validate, await download(page, 'Exportera scenariot (JSON)'), `${name}: the scenario`);
  }
  assertNoProblems(problems);
});

test('the schema refuses what the importer refuses: numbers, decimal commas, three decimals, bad dates, unknown fields', async () => {
  const validate = await publishedValidator();
  const original = await readFile(join(samples, 'lund-workspace.json'), 'utf8');
  assertValid(validate, original, 'the untouched file');
  const variants = {
    'money as a JSON number': (f) => { f.data.scenarios[0].opening_equity = 3232297; },
    'money with a decimal comma': (f) => { f.data.scenarios[0].opening_equity = '3232297,50'; },
    'money with three decimals': (f) => { f.data.scenarios[0].opening_equity = '1.005'; },
    'a ratio as a JSON number': (f) => { f.data.settings.equity_steps[0].max_share = 0.2; },
    'a date that does not exist': (f) => { f.exportedOn = '2026-13-01'; },
    'an unknown display unit': (f) => { f.data.settings.display_unit = 'miljoner'; },
    'an unknown field': (f) => { f.data.scenarios[0].colour = 'blå'; },
  };
  for (const [what, change] of Object.entries(variants)) {
    const file = JSON.parse(original);
    change(file);
    assert.equal(validate(file), false, `${what} passes the schema`);
  }
});

noForeignRequestsTest(app, 1);
