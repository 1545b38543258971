// Benchmark (not a test): with a large workspace stored (1 000 catalogue items, 20 scenarios × 5 years), the
// time from committing a new amount to the updated closing equity on screen, median of 21 edits, in headless
// Chromium. Prints the time to the DOM change and to the next frame. Usage: node bench_edit.mjs DIST WORKSPACE.json
import { readFile } from 'node:fs/promises';
import { serveDir } from './serve.mjs';
import { launch, appReady } from './browser.mjs';

const [dist = 'dist', workspaceFile = '/tmp/bench-ws.json'] = process.argv.slice(2);
const stored = await readFile(workspaceFile, 'utf8');
// The file holds the app's data as one value (the v1 shape, current workspaces): stored here in layout v2,
// an index and one envelope per workspace.
const app = JSON.parse(stored);
const envelope = (format, data) => JSON.stringify({ format, schemaVersion: 2, revision: 1, savedAt: '2026-01-01T00:00:00.000Z', data });
const seed = { 'finsam-planner/v2/index': envelope('finsam-planner/index', {
  workspaces: app.workspaces.map((_, i) => `bench-${i}`), activeWorkspace: app.activeWorkspace,
  activeScenario: app.activeScenario, lang: app.lang, lastExportedOn: null, firstUnexportedChangeOn: null,
}) };
app.workspaces.forEach((ws, i) => { seed[`finsam-planner/v2/ws/bench-${i}`] = envelope('finsam-planner/workspace', ws); });
const server = await serveDir(dist);
const browser = await launch();
const context = await browser.newContext();
await context.addInitScript((values) => {
  if (!sessionStorage.getItem('seeded')) {
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }
}, seed);
const page = await context.newPage();
const loadStart = Date.now();
await page.goto(server.url + '#/budget');
await appReady(page);
await page.getByRole('textbox', { name: 'Belopp för Insats 5 2024' }).waitFor({ timeout: 60000 });
const loadMs = Date.now() - loadStart;

const edits = [];
for (let i = 0; i < 21; i++) {
  edits.push(await page.evaluate(async (value) => {
    const input = document.querySelector('input[aria-label="Belopp för Insats 5 2024"]');
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
      input.value = value;
      t0 = performance.now();
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }, String(50_000 + i * 1_000)));
}
const status = await page.getByTestId('status').innerText();
const rows = await page.locator('main input[aria-label^="Belopp för"]').count();
await browser.close();
await server.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`large workspace (${(stored.length / 1e6).toFixed(1)} MB stored, ${rows} amount fields on the budget page): ` +
  `first render ${loadMs} ms`);
console.log(`edit → totals on screen, median of ${edits.length}: DOM ${median(edits.map((e) => e.dom)).toFixed(1)} ms, ` +
  `next frame ${median(edits.map((e) => e.frame)).toFixed(1)} ms; status after edits: "${status}"`);
