// Takes the README's screenshots of the built app (not a test): the budget page of the first example, and the
// meeting mode on the Lund example with Max statlig tilldelning against the document's table, both at 1280×720/900.
// Usage: node screenshot.mjs DIST OUT.png MEETING.png
import { serveDir } from './serve.mjs';
import { launch, appReady } from './browser.mjs';

const [dist = 'dist', out = 'public/screenshot.png', meeting = 'public/screenshot-mote.png'] = process.argv.slice(2);
const server = await serveDir(dist);
const browser = await launch();

const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(server.url);
await appReady(page);
await page.screenshot({ path: out });
await context.close();

const room = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const chair = await room.newPage();
await chair.goto(`${server.url}#/budget`);
await appReady(chair);
await chair.getByLabel('Förbund', { exact: true }).selectOption({ label: 'Lunds samordningsförbund' });
await chair.getByLabel('Visa belopp i', { exact: true }).selectOption({ label: 'kr' });
await chair.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
await chair.evaluate(() => document.activeElement?.blur());
await chair.keyboard.press('m');
await chair.getByTestId('meeting').waitFor();
await chair.keyboard.press('3');
await chair.getByTestId('meeting-words').waitFor();
await chair.screenshot({ path: meeting });

await browser.close();
await server.close();
console.log(`wrote ${out} and ${meeting}`);
