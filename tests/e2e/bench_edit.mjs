// Benchmark (not a test): with a large workspace stored (1 000 catalogue items, 20 scenarios × 5 years), the
// time from committing a new amount to the updated closing equity on screen, median of 21 edits, in headless
// Chromium. Prints the time to the DOM change and to the next frame. Usage: node bench_edit.mjs DIST WORKSPACE.json
import { serveDir } from './serve.mjs';
import { launch, appReady } from './browser.mjs';
import { benchSeed, seededContext, median, timedChange } from './bench_seed.mjs';

const [dist = 'dist', workspaceFile = '/tmp/bench-ws.json'] = process.argv.slice(2);
const { size, seed } = await benchSeed(workspaceFile);
const server = await serveDir(dist);
const browser = await launch();
const context = await seededContext(browser, seed);
const page = await context.newPage();
const loadStart = Date.now();
await page.goto(server.url + '#/budget');
await appReady(page);
await page.getByRole('textbox', { name: 'Belopp för Insats 5 2024' }).waitFor({ timeout: 60000 });
const loadMs = Date.now() - loadStart;

const edits = [];
for (let i = 0; i < 21; i++) {
  edits.push(await timedChange(page, { amount: String(50_000 + i * 1_000) }));
}
const status = await page.getByTestId('status').innerText();
const rows = await page.locator('main input[aria-label^="Belopp för"]').count();
await browser.close();
await server.close();
console.log(`large workspace (${(size / 1e6).toFixed(1)} MB stored, ${rows} amount fields on the budget page): ` +
  `first render ${loadMs} ms`);
console.log(`edit → totals on screen, median of ${edits.length}: DOM ${median(edits.map((e) => e.dom)).toFixed(1)} ms, ` +
  `next frame ${median(edits.map((e) => e.frame)).toFixed(1)} ms; status after edits: "${status}"`);
