// Launches Debian's Chromium through playwright-core (its own browser download does not work offline) and
// records what every test must check: console errors, page errors and requests to any host but 127.0.0.1.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

/** The built site to test: $FP_DIST, or the repository's dist/. */
export const distDir = process.env.FP_DIST || fileURLToPath(new URL('../../dist/', import.meta.url));

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: FLAGS });
}

/** A fresh context (own localStorage) and page, with problem recorders attached. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') {
      problems.foreignRequests.push(req.url());
    }
  });
  const page = await context.newPage();
  watch(page, problems);
  return { context, page, problems };
}

/** Attaches the console-error and page-error recorders to another page of the same context. */
export function watch(page, problems) {
  page.on('console', (msg) => { if (msg.type() === 'error') problems.consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
}

/** Waits until the Leptos app has mounted (the main landmark is present) and the open page's code is there
 *  (pages other than the budget are fetched the first time they open: "Sidan laddas …" until then). */
export async function appReady(page) {
  await page.getByRole('main').waitFor({ state: 'visible', timeout: 15000 });
  await page.getByTestId('page-loading').waitFor({ state: 'detached', timeout: 15000 });
}
