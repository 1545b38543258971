// First-load size of a built site (not a test): index.html and the wasm, js and css files it references, raw,
// gzip -9 and brotli 11, per kind and in sum. With --budget FILE it fails (exit 1) when the gzip sum is over the
// budget's "first_load_gzip_max" (the figure reached plus 5 %; lower it when the app gets smaller).
// Usage: node .ci/size.mjs DIST [--budget FILE] [--json]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args[0] ?? 'dist';
const budgetFile = args.includes('--budget') ? args[args.indexOf('--budget') + 1] : null;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// Every local file the page names (links, preloads, the start script): the first screen's files.
const named = [...html.matchAll(/(?:href|src)=["']?\/?([^"' >]+\.(?:wasm|js|css))/g)].map((m) => m[1]);
const files = ['index.html', ...new Set(named)].filter((f) => existsSync(join(dist, f)));
const sizes = {};
for (const file of files) {
  const kind = file.split('.').pop();
  const bytes = readFileSync(join(dist, file));
  const row = (sizes[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
  row.raw += bytes.length;
  row.gzip += gzipSync(bytes, { level: 9 }).length;
  row.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
const sum = Object.values(sizes).reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });
if (args.includes('--json')) {
  console.log(JSON.stringify({ files: files.length, ...sizes, sum }));
} else {
  console.log(`first load of ${dist}: ${files.length} files (bytes)`);
  console.log(`${'kind'.padEnd(6)} ${'raw'.padStart(10)} ${'gzip-9'.padStart(10)} ${'brotli-11'.padStart(10)}`);
  for (const [kind, r] of [...Object.entries(sizes), ['sum', sum]]) {
    console.log(`${kind.padEnd(6)} ${String(r.raw).padStart(10)} ${String(r.gzip).padStart(10)} ${String(r.brotli).padStart(10)}`);
  }
}
// What each split point fetches the first time it is used: its own module and the shared chunks it needs
// (files, and the sum of each file's gzip -9; printed only, not budgeted).
const splitJs = files.find((f) => f.endsWith('-split.js'));
if (splitJs && !args.includes('--json')) {
  const js = readFileSync(join(dist, splitJs), 'utf8');
  const fileOf = (body) => /new URL\("\.\/([^"]+\.wasm)"/.exec(body)?.[1];
  const chunks = new Map([...js.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{([^]*?)\n\}\n, \[/g)]
    .map((m) => [m[1], fileOf(m[2])]));
  const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const splits = [...js.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{([^]*?)\n\}\n, \[([^\]]*)\]/g)]
    .map((m) => {
      const deps = m[3].split(',').map((d) => chunks.get(d.trim())).filter(Boolean);
      return { name: m[1], gzip: [fileOf(m[2]), ...deps].reduce((sum, f) => sum + gz(f), 0), files: deps.length + 1 };
    });
  console.log('fetched on first use (split point: files, gzip-9 bytes):');
  for (const split of splits.sort((a, b) => a.name.localeCompare(b.name))) {
    console.log(`  ${split.name.padEnd(14)} ${String(split.files).padStart(3)} ${String(split.gzip).padStart(10)}`);
  }
}
if (budgetFile) {
  const { first_load_gzip_max: max } = JSON.parse(readFileSync(budgetFile, 'utf8'));
  const verdict = sum.gzip <= max ? 'within' : 'OVER';
  console.log(`size budget: first load ${sum.gzip} B gzip, budget ${max} B: ${verdict}`);
  if (sum.gzip > max) process.exit(1);
}
