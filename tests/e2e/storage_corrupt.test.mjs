// End-to-end test of unreadable stored data (reliability.md S4) in headless Chromium: 200 damaged copies of a
// valid stored document, each loaded in turn, must each be handled — a damaged förbund gets its own panel while
// the other loads, a damaged index is rebuilt from the förbund keys, a newer schema version makes the tab
// read-only — keep the damaged value byte-identical (in place or in a set-aside copy) and raise no page error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appReady } from './browser.mjs';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest } from './harness.mjs';

const app = useApp();
const INDEX = 'finsam-planner/v2/index';
const sha = (text) => createHash('sha256').update(text ?? '\u0000missing').digest('hex');

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The `i`-th damaged copy of `valid`, and whether it claims a newer schema version. */
function damaged(valid, i, rnd) {
  const at = Math.floor(rnd() * valid.length);
  switch (i % 8) {
    case 0: return valid.slice(0, at);
    case 1: {
      // A structural character replaced by '#'; the same characters inside strings (the ':' of a time, the
      // ',' of a note) would leave valid JSON, so positions are drawn until the result does not parse.
      const structural = [...valid.matchAll(/[{}[\]:,"]/g)].map((m) => m.index);
      for (;;) {
        const pos = structural[Math.floor(rnd() * structural.length)];
        const bad = valid.slice(0, pos) + '#' + valid.slice(pos + 1);
        try { JSON.parse(bad); } catch { return bad; }
      }
    }
    case 2: return valid.includes('"amounts"')
      ? valid.replace(/":"(\d+)"/, '":"12,5"')
      : valid.replace('"activeWorkspace":0', '"activeWorkspace":"0"');
    case 3: return valid.replace('"schemaVersion":2', '"schemaVersion":999');
    case 4: return ['', 'null', '[]', '42', '"text"', '{}', 'true'][Math.floor(i / 8) % 7];
    case 5: return 'x'.repeat(1_000_000);
    case 6: return valid.replace('"format":"finsam-planner/', '"format":"another-app/');
    default: return valid.includes('"name"')
      ? valid.replace(/"name":"[^"]*"/, '"name":17')
      : valid.replace('"workspaces":["', '"workspaces":["no-such-workspace","');
  }
}

test('200 damaged stored values: each handled, the value byte-identical, 0 page errors', async () => {
  const { page, problems, context } = await app.open('#/budget');
  const field = page.locator('main input[aria-label^="Belopp för"]').first();
  await field.fill('111 000');
  await field.press('Enter');
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  const valid = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
    .filter((k) => k.startsWith('finsam-planner/')).map((k) => [k, localStorage.getItem(k)])));
  const wsKey = Object.keys(valid).find((k) => k.startsWith('finsam-planner/v2/ws/'));
  const rnd = random(20261125);
  let recovered = 0;
  let readOnly = 0;
  let identical = 0;
  for (let i = 0; i < 200; i++) {
    const key = i % 5 === 4 ? INDEX : wsKey;
    const bad = damaged(valid[key], i, rnd);
    assert.notEqual(bad, valid[key], `case ${i} is damaged`);
    await page.evaluate(({ good, key, bad }) => {
      for (const [k, v] of Object.entries(good)) localStorage.setItem(k, v);
      localStorage.setItem(key, bad);
    }, { good: valid, key, bad });
    await page.reload();
    await appReady(page).catch((e) => {
      throw new Error(`case ${i} (${key}, damage ${i % 8}, ${bad.length} chars): ${e.message}`);
    });
    const recovery = page.getByTestId('recovery').or(page.getByTestId('damaged-workspace'));
    const newer = page.getByRole('alert').filter({ hasText: /skrivskyddad/ });
    const rebuilt = page.locator('#fp-workspace-name:not(:empty)');
    const handled = key === INDEX ? recovery.or(newer).or(rebuilt) : recovery.or(newer);
    await handled.first().waitFor({ timeout: 5000 });
    if (await newer.count()) readOnly++; else recovered++;
    if (i % 25 === 0 && !(await newer.count())) {
      // An edit after the damaged load is saved (to the förbund that loaded) before the next case rewrites the
      // store: a save still pending when the test rewrites it would meet a revision it did not expect.
      const amount = String(300_000 + i);
      await field.fill(amount);
      await field.press('Enter');
      await page.waitForFunction((a) => Object.keys(localStorage)
        .some((k) => k.startsWith('finsam-planner/v2/ws/') && localStorage.getItem(k).includes(`"${a}"`)), amount);
    }
    if (i === 0) assert.deepEqual(await axeViolations(page), []);
    const kept = await page.evaluate((k) => [localStorage.getItem(k), ...Object.keys(localStorage)
      .filter((x) => x.startsWith('finsam-planner/set-aside/')).map((x) => localStorage.getItem(x))], key);
    if (kept.some((v) => v !== null && sha(v) === sha(bad))) identical++;
  }
  console.log(`corrupt store: ${recovered} handled (panel, recovery or rebuilt), ${readOnly} read-only (newer schema), ${identical}/200 values byte-identical`);
  assert.equal(recovered + readOnly, 200);
  assert.equal(readOnly, 25, 'exactly the schemaVersion 999 cases are read-only');
  assert.equal(identical, 200);
  assertNoProblems(problems);
  await context.close();
});

test('"Börja om" keeps the unreadable value in a set-aside key and saves again', async () => {
  const { page, problems, context } = await app.open('#/budget');
  const garbage = '{"format":"finsam-planner/index","schemaVersion":2,"revision":1,"savedAt":"x","data":{"workspaces":[';
  await page.evaluate((g) => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('finsam-planner/')) localStorage.removeItem(k);
    localStorage.setItem('finsam-planner/v2/index', g);
  }, garbage);
  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: 'Börja om' }).click();
  await page.getByTestId('recovery').waitFor({ state: 'detached' });
  const field = page.locator('main input[aria-label^="Belopp för"]').first();
  await field.fill('123 000');
  await field.press('Enter');
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  const quarantined = Object.entries(stored)
    .filter(([k]) => k.startsWith('finsam-planner/set-aside/') && k.endsWith('/finsam-planner/v2/index'));
  assert.equal(quarantined.length, 1);
  assert.equal(quarantined[0][1], garbage);
  assert.match(stored['finsam-planner/v2/index'], /"format":"finsam-planner\/index"/);
  assertNoProblems(problems);
  await context.close();
});

noForeignRequestsTest(app, 2);
