// Takes the README's screenshot of the built app (not a test). Usage: node screenshot.mjs DIST OUT.png
import { serveDir } from './serve.mjs';
import { launch, appReady } from './browser.mjs';

const [dist = 'dist', out = 'public/screenshot.png'] = process.argv.slice(2);
const server = await serveDir(dist);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(server.url);
await appReady(page);
await page.screenshot({ path: out });
await browser.close();
await server.close();
console.log(`wrote ${out}`);
