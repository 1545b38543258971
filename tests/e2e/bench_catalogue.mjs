// Benchmark (not a test): with 1 000 catalogue items stored (the large workspace of bench_edit.mjs), the time from
// typing a search or choosing a filter to the updated list on screen, median of 21 changes, in headless Chromium.
// Prints the time to the DOM change and to the next frame. Usage: node bench_catalogue.mjs DIST WORKSPACE.json
import { serveDir } from './serve.mjs';
import { launch, appReady } from './browser.mjs';
import { benchSeed, seededContext, median } from './bench_seed.mjs';

const [dist = 'dist', workspaceFile = '/tmp/bench-ws.json'] = process.argv.slice(2);
const { seed } = await benchSeed(workspaceFile);
const server = await serveDir(dist);
const browser = await launch();
const context = await seededContext(browser, seed);
const page = await context.newPage();
await page.goto(server.url + '#/katalog');
await appReady(page);
await page.locator('.fp-ct-list tbody tr').first().waitFor({ timeout: 60000 });
const matching = await page.locator('.fp-ct-count').innerText();
const rowsShown = () => page.locator('.fp-ct-list tbody tr').count();
const allRows = await rowsShown();

/** Sets the search field to `text` and times the list's change. */
const timeSearch = (text) => page.evaluate(async (value) => {
  const input = document.querySelector('input[type="search"]');
  const body = document.querySelector('.fp-ct-list tbody');
  let t0 = 0;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      const dom = performance.now() - t0;
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
    });
    observer.observe(body, { childList: true, subtree: true });
    input.value = value;
    t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}, text);

// Narrow to "Insats 12" (11 rows: 12, 120–129), then back to all 1 000: both directions are measured.
const narrow = [];
const widen = [];
for (let i = 0; i < 21; i++) {
  narrow.push(await timeSearch(`insats ${10 + (i % 9)}`));
  widen.push(await timeSearch(''));
}
await browser.close();
await server.close();
const fmt = (xs) => `DOM ${median(xs.map((e) => e.dom)).toFixed(1)} ms, next frame ${median(xs.map((e) => e.frame)).toFixed(1)} ms`;
console.log(`catalogue (${matching}): search narrowing to ~11 rows, median of ${narrow.length}: ${fmt(narrow)}`);
console.log(`catalogue (${matching}, ${allRows} rows drawn): clearing the search back to all, median of ${widen.length}: ${fmt(widen)}`);
