// Benchmark (not a test): with the large workspace stored (1 000 catalogue items, 20 scenarios × 5 years),
// 200 amount edits, then 200 undos through the header's button, each timed from the click to the updated
// closing equity on screen (and to the next frame); prints the median and the slowest, and the history's
// stored size. Usage: node bench_undo.mjs DIST WORKSPACE.json
import { serveDir } from './serve.mjs';
import { launch, appReady } from './browser.mjs';
import { benchSeed, seededContext, median, timedChange as timedIn } from './bench_seed.mjs';

const [dist = 'dist', workspaceFile = '/tmp/bench-ws.json'] = process.argv.slice(2);
const STEPS = 200;
const { seed } = await benchSeed(workspaceFile);
const server = await serveDir(dist);
const browser = await launch();
const context = await seededContext(browser, seed);
const page = await context.newPage();
await page.goto(server.url + '#/budget');
await appReady(page);
await page.getByRole('textbox', { name: 'Belopp för Insats 5 2024' }).waitFor({ timeout: 60000 });
const timedChange = (act) => timedIn(page, act);


for (let i = 0; i < STEPS; i++) {
  await timedChange({ amount: String(60_000 + i * 1_000) });
}
const undos = [];
for (let i = 0; i < STEPS; i++) {
  undos.push(await timedChange({ click: '[data-testid="undo"]' }));
}
await page.waitForTimeout(500);
const history = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/history/'))
  .reduce((n, k) => n + localStorage.getItem(k).length, 0));
const left = await page.getByTestId('undo').innerText();
await browser.close();
await server.close();
const slowest = (list, key) => Math.max(...list.map((e) => e[key]));
const over = (list, key, limit) => list.filter((e) => e[key] > limit).length;
const p95 = (list, key) => [...list.map((e) => e[key])].sort((a, b) => a - b)[Math.floor(list.length * 0.95)];
console.log(`undo on the large workspace, ${undos.length} undos after ${STEPS} edits: ` +
  `DOM median ${median(undos.map((e) => e.dom)).toFixed(1)} ms (95th percentile ${p95(undos, 'dom').toFixed(1)}, ` +
  `slowest ${slowest(undos, 'dom').toFixed(1)}, over 16 ms: ${over(undos, 'dom', 16)}), ` +
  `next frame median ${median(undos.map((e) => e.frame)).toFixed(1)} ms (slowest ${slowest(undos, 'frame').toFixed(1)}); ` +
  `history stored: ${history} characters; undo button after: "${left}"`);
