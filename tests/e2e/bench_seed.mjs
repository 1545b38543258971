// Shared by the UI benchmarks (not tests): stores the large workspace file (the app's data as one value, written
// by tests/ui_bench_workspace.rs) in storage layout v2 — an index and one envelope per workspace — in a new browser
// context, once per tab session, so a reload keeps the app's own saves.
import { readFile } from 'node:fs/promises';

/** Reads `workspaceFile` and returns `{ size, seed }`: its length in bytes and the localStorage values to store. */
export async function benchSeed(workspaceFile) {
  const stored = await readFile(workspaceFile, 'utf8');
  const app = JSON.parse(stored);
  const envelope = (format, data) => JSON.stringify({ format, schemaVersion: 2, revision: 1, savedAt: '2026-01-01T00:00:00.000Z', data });
  const seed = { 'finsam-planner/v2/index': envelope('finsam-planner/index', {
    workspaces: app.workspaces.map((_, i) => `bench-${i}`), activeWorkspace: app.activeWorkspace,
    activeScenario: app.activeScenario, lang: app.lang, lastExportedOn: null, firstUnexportedChangeOn: null,
  }) };
  app.workspaces.forEach((ws, i) => { seed[`finsam-planner/v2/ws/bench-${i}`] = envelope('finsam-planner/workspace', ws); });
  return { size: stored.length, seed };
}

/** A new context of `browser` whose first page load finds `seed` in localStorage. */
export async function seededContext(browser, seed) {
  const context = await browser.newContext();
  await context.addInitScript((values) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, seed);
  return context;
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Does `act` in `page` — `{ amount: '60000' }` commits that amount to Insats 5 2024, `{ click: selector }` clicks —
 * and resolves with the time until the closing equity's first cell changes (DOM) and until the next frame.
 */
export const timedChange = (page, act) => page.evaluate(async (act) => {
  const row = [...document.querySelectorAll('tr')].find((r) => r.querySelector('th')?.textContent.startsWith('Utgående eget kapital'));
  const cell = row.querySelector('td');
  const before = cell.textContent;
  let t0 = 0;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (cell.textContent === before) return;
      observer.disconnect();
      const dom = performance.now() - t0;
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
    });
    observer.observe(cell, { childList: true, characterData: true, subtree: true });
    const input = document.querySelector('input[aria-label="Belopp för Insats 5 2024"]');
    if (act.amount !== undefined) input.value = act.amount;
    t0 = performance.now();
    if (act.amount !== undefined) input.dispatchEvent(new Event('change', { bubbles: true }));
    else document.querySelector(act.click).click();
  });
}, act);
