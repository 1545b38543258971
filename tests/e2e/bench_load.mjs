// Benchmark (not a test): time from navigation start to an interactive app in headless Chromium, with a cold
// cache (a new browser context for every load). Prints the median and the spread. Usage: node bench_load.mjs DIST [N]
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';

const dist = process.argv[2] ?? 'dist';
const loads = Number(process.argv[3] ?? 9);
const server = await serveDir(dist);
const browser = await launch();
const times = [];
for (let i = 0; i < loads; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  // Interactive = the first amount field exists and is enabled (the app has mounted and rendered data).
  await page.waitForFunction(() => {
    const input = document.querySelector('main input');
    return input && !input.disabled;
  }, null, { polling: 'raf', timeout: 30000 });
  times.push(await page.evaluate(() => performance.now()));
  await context.close();
}
await browser.close();
await server.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`time to interactive (cold cache, ${loads} loads): median ${median.toFixed(0)} ms, ` +
  `min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`);
