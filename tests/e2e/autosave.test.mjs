// End-to-end test of the autosave pace: when saving a förbund is slow (here made slow on purpose: every write of a
// förbund key takes 40 ms), the changes made right after a save wait and are saved together — the status says
// "Sparar …" meanwhile — and nothing is lost: after the wait, after a reload, and when the page is left at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from './browser.mjs';
import { useApp, assertNoProblems, noForeignRequestsTest } from './harness.mjs';
import { grouped } from './edits.mjs';

const app = useApp();

/** Makes each write of a förbund key take 40 ms and counts those writes in `window.fpWorkspaceWrites`. */
function slowWorkspaceWrites() {
  const setItem = Storage.prototype.setItem;
  window.fpWorkspaceWrites = 0;
  Storage.prototype.setItem = function (key, value) {
    if (String(key).startsWith('finsam-planner/v2/ws/')) {
      window.fpWorkspaceWrites += 1;
      const until = performance.now() + 40;
      while (performance.now() < until) { /* a slow save */ }
    }
    return setItem.call(this, key, value);
  };
}

const field = (page) => page.getByRole('textbox', { name: 'Belopp för Bankkostnader 2023' });
const status = (page) => page.getByTestId('status');
const writes = (page) => page.evaluate(() => window.fpWorkspaceWrites);

async function commit(page, text) {
  await field(page).fill(text);
  await field(page).press('Enter');
}

test('slow saves: a burst of edits is saved together after "Sparar …", and every edit survives a reload', async () => {
  const { context, page, problems } = await app.newSession();
  await context.addInitScript(slowWorkspaceWrites);
  await page.goto(app.url() + '#/budget');
  await appReady(page);
  await commit(page, '6 000');
  await status(page).filter({ hasText: 'Sparat lokalt' }).waitFor();
  const before = await writes(page);
  assert.equal(before >= 1, true, 'the first edit was saved at once');
  for (const amount of ['7 000', '8 000', '9 000', '10 000', '11 000']) await commit(page, amount);
  await status(page).filter({ hasText: 'Sparar …' }).waitFor();
  await status(page).filter({ hasText: 'Sparat lokalt' }).waitFor({ timeout: 5000 });
  const burst = (await writes(page)) - before;
  assert.equal(burst >= 1 && burst < 5, true, `5 edits saved in ${burst} writes of the förbund`);
  await page.reload();
  await appReady(page);
  assert.equal(await field(page).inputValue(), grouped(11000));
  // Left at once, before the paced save: leaving the page saves.
  await commit(page, '12 000');
  await commit(page, '13 000');
  await page.reload();
  await appReady(page);
  assert.equal(await field(page).inputValue(), grouped(13000));
  assertNoProblems(problems);
  await context.close();
});

noForeignRequestsTest(app, 1);
