// Trunk post-build hook: splits the app's wasm so that pages the first screen does not need load on demand.
//
// Trunk 0.22 cannot run the splitter itself (trunk-rs/trunk#1022), so this hook takes Trunk's input — the wasm
// cargo linked with its relocations (src/build.rs) — and does what Trunk did after it, in the order the split
// needs: `wasm-split-cli` cuts out every split point of src/ui/split_pages.rs (one module per page, plus chunks
// of code several pages share, plus the JS that fetches them), then `wasm-bindgen --keep-lld-exports` writes the
// main module's JS, and in release `wasm-opt -Oz` shrinks every module. The staged JS and wasm Trunk wrote are
// replaced: every file gets a content-hashed name, index.html's references and Subresource Integrity hashes
// follow, and the fetch JS gets a modulepreload with its own integrity. Runs before csp.mjs, which hashes the
// rewritten start script. Reads TRUNK_STAGING_DIR, TRUNK_PROFILE and TRUNK_SOURCE_DIR (set by Trunk).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NAME = 'finsam-planner';
const LOADER = '__wasm_split.js';

const hex = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

async function run(tool, args) {
  try {
    await promisify(execFile)(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const output = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim();
    throw new Error(`split.mjs: ${tool} failed${err.code === 'ENOENT' ? ' (not on PATH: run .ci/bootstrap, then source .ci/env)' : ''}\n${output}`);
  }
}

/** Runs `jobs` (functions) two at a time, the cores a CI machine has. */
async function inParallel(jobs, width = 2) {
  const queue = [...jobs];
  const worker = async () => { while (queue.length) await queue.shift()(); };
  await Promise.all(Array.from({ length: width }, worker));
}

/** The wasm cargo linked for Trunk, with its relocations. */
export function linkedWasm(source, profile) {
  const target = process.env.CARGO_TARGET_DIR || join(source, 'target');
  const file = join(target, 'wasm32-unknown-unknown', profile, `${NAME}.wasm`);
  if (!existsSync(file)) throw new Error(`split.mjs: ${file} is missing (did cargo build the app?)`);
  return file;
}

/** Splits, binds and (in release) optimises into `work`; returns the files by role. With `names`, the
 *  optimised modules keep their function names (for .ci/wasm-breakdown.mjs; never shipped). */
export async function build(wasm, work, release, names = false) {
  await run('wasm-split-cli', [wasm, work, '--out-name', NAME, '--target', 'web']);
  const bound = join(work, 'bound');
  await run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', bound, '--out-name', NAME, join(work, `${NAME}.wasm`)]);
  if (existsSync(join(bound, 'snippets'))) throw new Error('split.mjs: wasm-bindgen wrote snippets, which this hook does not copy');
  const main = join(bound, `${NAME}_bg.wasm`);
  const chunks = readdirSync(work).filter((f) => f.endsWith('.wasm') && f !== `${NAME}.wasm`);
  if (release) {
    const optimise = (file) => () => run('wasm-opt', ['-Oz', ...(names ? ['-g'] : []), file, '-o', file]);
    await inParallel([main, ...chunks.map((c) => join(work, c))].map(optimise));
  }
  return { main, js: join(bound, `${NAME}.js`), loader: join(work, LOADER), chunks: chunks.map((c) => join(work, c)) };
}

/** Writes the split output into `staging` under content-hashed names; returns the new names. */
function stage(files, staging) {
  const named = new Map(); // original file name → [hashed name, bytes]
  for (const file of files.chunks) {
    const data = readFileSync(file);
    const base = file.slice(file.lastIndexOf('/') + 1, -'.wasm'.length);
    named.set(`${base}.wasm`, [`${NAME}-${base}-${hex(data)}.wasm`, data]);
  }
  let loader = readFileSync(files.loader, 'utf8');
  for (const [from, [to, data]] of named) {
    // Every chunk is fetched with its integrity, so a changed chunk is refused like a changed main module.
    const fetchOf = (file) => `fetch(new URL("./${file}", import.meta.url))`;
    if (!loader.includes(fetchOf(from))) throw new Error(`split.mjs: the loader does not fetch ${from} as expected`);
    loader = loader.replaceAll(fetchOf(from), `fetch(new URL("./${to}", import.meta.url), { integrity: "${sri(data)}" })`);
  }
  const mainWasm = readFileSync(files.main);
  const js = readFileSync(files.js, 'utf8');
  // The JS and the loader import each other, so they share one hash: that of everything they stand for.
  const build = hex(Buffer.concat([mainWasm, Buffer.from(js), Buffer.from(loader)]));
  const jsName = `${NAME}-${build}.js`;
  const wasmName = `${NAME}-${build}_bg.wasm`;
  const loaderName = `${NAME}-${build}-split.js`;
  loader = loader.replaceAll(`"./${NAME}.js"`, `"./${jsName}"`);
  if (!loader.includes(`"./${jsName}"`)) throw new Error('split.mjs: the loader does not import the main JS as expected');
  // Only the import statements: the keys of the import object must stay the module name the wasm imports from.
  const mainJs = js.replaceAll(`from "./${LOADER}"`, `from "./${loaderName}"`);
  if (!mainJs.includes(loaderName)) throw new Error('split.mjs: the main JS does not import the loader as expected');
  writeFileSync(join(staging, jsName), mainJs);
  writeFileSync(join(staging, wasmName), mainWasm);
  writeFileSync(join(staging, loaderName), loader);
  for (const [to, data] of named.values()) writeFileSync(join(staging, to), data);
  return { jsName, wasmName, loaderName, mainJs, mainWasm, loader, chunks: named.size };
}

/** index.html with Trunk's names and integrity hashes replaced by the split build's. The main wasm is fetched
 *  with its integrity (Chromium ignores it on the preload), and an import map gives both JS modules theirs: the
 *  loader is imported by the main JS, which a modulepreload's integrity alone does not cover. */
function rewriteIndex(html, old, fresh) {
  const escape = (name) => name.replace(/[.]/g, '\\.');
  const withIntegrity = (tag, data) => tag.replace(/integrity=("?)sha384-[A-Za-z0-9+/=]+\1/, `integrity="${sri(data)}"`);
  const swap = (text, from, to, data) => text
    .replace(new RegExp(`<link\\b[^>]*${escape(from)}[^>]*>`, 'g'), (tag) => withIntegrity(tag, data))
    .replaceAll(from, to);
  let out = swap(html, old.js, fresh.jsName, fresh.mainJs);
  out = swap(out, old.wasm, fresh.wasmName, fresh.mainWasm);
  const jsLink = out.match(new RegExp(`<link\\b[^>]*href=("?)([^"\\s>]*)${escape(fresh.jsName)}\\1[^>]*>`));
  if (!jsLink) throw new Error('split.mjs: no modulepreload link for the main JS in index.html');
  const base = jsLink[2];
  const loaderLink = withIntegrity(jsLink[0].replace(fresh.jsName, fresh.loaderName), fresh.loader);
  out = out.replace(jsLink[0], jsLink[0] + loaderLink);
  // Minified (release): module_or_path:`/x_bg.wasm`; debug: module_or_path: '/x_bg.wasm'.
  const wasmArg = new RegExp(`module_or_path:\\s*([\`'"])${escape(base + fresh.wasmName)}\\1`);
  if (!wasmArg.test(out)) throw new Error('split.mjs: the start script does not load the wasm as expected');
  out = out.replace(wasmArg, `module_or_path:fetch("${base}${fresh.wasmName}",{integrity:"${sri(fresh.mainWasm)}"})`);
  const map = { integrity: { [base + fresh.jsName]: sri(fresh.mainJs), [base + fresh.loaderName]: sri(fresh.loader) } };
  const start = out.search(/<script\b[^>]*type=("?)module\1/);
  if (start < 0) throw new Error('split.mjs: no start script in index.html');
  return `${out.slice(0, start)}<script type=importmap>${JSON.stringify(map)}</script>${out.slice(start)}`;
}

async function main() {
  const staging = process.env.TRUNK_STAGING_DIR;
  const source = process.env.TRUNK_SOURCE_DIR;
  const profile = process.env.TRUNK_PROFILE ?? 'debug';
  if (!staging || !source) throw new Error('split.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook)');
  const staged = readdirSync(staging);
  const old = {
    js: staged.find((f) => new RegExp(`^${NAME}-[0-9a-f]+\\.js$`).test(f)),
    wasm: staged.find((f) => new RegExp(`^${NAME}-[0-9a-f]+_bg\\.wasm$`).test(f)),
  };
  if (!old.js || !old.wasm) throw new Error(`split.mjs: Trunk's JS or wasm is not in ${staging}`);
  const work = mkdtempSync(join(tmpdir(), 'finsam-split-'));
  try {
    const files = await build(linkedWasm(source, profile), work, profile === 'release');
    const fresh = stage(files, staging);
    rmSync(join(staging, old.js));
    rmSync(join(staging, old.wasm));
    const index = join(staging, 'index.html');
    writeFileSync(index, rewriteIndex(readFileSync(index, 'utf8'), old, fresh));
    console.log(`split.mjs: ${fresh.chunks} chunks; main wasm ${fresh.mainWasm.length} B`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => { console.error(err.message); process.exit(1); });
}
