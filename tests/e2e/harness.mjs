// What every end-to-end test file shares: one server for the built site and one Chromium per file, fresh
// sessions with their problems recorded, the checks that no session had a page error, a console error or a
// request to another host, axe, and the amounts as the app prints them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { serveDir } from './serve.mjs';
import { launch, openPage, appReady, distDir } from './browser.mjs';

export const NBSP = '\u00a0';
export const MINUS = '\u2212';

/** Text with amounts as the app prints them: U+00A0 between digit groups and before the unit or % ("1 670 000 kr",
 *  "26,5 %", "7 000 t kr"), U+2212 for a minus before a digit ("−190 000"); other spaces stay. */
export const sv = (text) => text
  .replace(/(\d) (?=\d)/g, `$1${NBSP}`)
  .replace(/(\d) (?=kr\b|%|t kr\b)/g, `$1${NBSP}`)
  .replace(/(\d\u00a0t) kr\b/g, `$1${NBSP}kr`)
  .replace(/-(?=\d)/g, MINUS);

/**
 * Serves the built site and launches Chromium before the file's tests, closes both after them (call it once per
 * file, at module level). `open(hash, options)` gives a fresh context (own localStorage) on `url() + hash` with
 * the app mounted; `newSession(options)` the same without going anywhere. Every session's problems are kept in
 * `everyProblem`.
 */
export function useApp() {
  let server;
  let browser;
  const everyProblem = [];

  before(async () => {
    server = await serveDir(distDir);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newSession(options) {
    const session = await openPage(browser, options);
    everyProblem.push(session.problems);
    return session;
  }

  async function open(hash = '', options) {
    const session = await newSession(options);
    await session.page.goto(server.url + hash);
    await appReady(session.page);
    return session;
  }

  return { open, newSession, url: () => server.url, everyProblem };
}

export function assertNoProblems(problems) {
  assert.deepEqual(problems.pageErrors, [], 'page errors');
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  assert.deepEqual(problems.foreignRequests, [], 'requests to other hosts');
}

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page as it is now; one line per violation, none when all is well. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8')); // not a <script>: the CSP allows no inline script
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes.map((n) => n.target).join(' | ')})`);
}

/** The file's last test: at least `minSessions` sessions were recorded, and none requested another host. */
export function noForeignRequestsTest(app, minSessions, name = 'no test saw a request to another host') {
  test(name, () => {
    assert.equal(app.everyProblem.length >= minSessions, true, 'all sessions were recorded');
    assert.deepEqual(app.everyProblem.flatMap((p) => p.foreignRequests), []);
  });
}
