// What the first-load wasm is made of: the release build's main module, split and optimised as .ci/split.mjs
// does but keeping function names, with its function bodies grouped by crate (the first path segment of each
// demangled name, `<A as B>` counted as A's crate) and the data section on its own; raw and gzip -9 bytes per
// group (each group compressed alone, so the column does not add up to the module's gzip). Also the size of
// every split page's own module. Used by .ci/bench; run after `trunk build --release`:
//   node .ci/wasm-breakdown.mjs [top-N] [crate]
// With a crate name, that crate's functions are grouped by their first three path segments instead.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, linkedWasm } from './split.mjs';

/** Unsigned LEB128 at `pos`: [value, next position]. */
function leb(bytes, pos) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

/** The module's sections: { id, name, start, end } with start/end of the payload. */
function sections(bytes) {
  const out = [];
  let pos = 8;
  while (pos < bytes.length) {
    const id = bytes[pos++];
    let size;
    [size, pos] = leb(bytes, pos);
    let name = '';
    if (id === 0) {
      const [len, at] = leb(bytes, pos);
      name = bytes.subarray(at, at + len).toString();
    }
    out.push({ id, name, start: pos, end: pos + size });
    pos += size;
  }
  return out;
}

/** The number of imported functions (they come first in the function index space). */
function importedFunctions(bytes, section) {
  let [count, pos] = leb(bytes, section.start);
  let functions = 0;
  for (let i = 0; i < count; i++) {
    for (let part = 0; part < 2; part++) {
      let len;
      [len, pos] = leb(bytes, pos);
      pos += len;
    }
    const kind = bytes[pos++];
    if (kind === 0) { [, pos] = leb(bytes, pos); functions++; }
    else if (kind === 1) { pos++; const flags = bytes[pos++]; [, pos] = leb(bytes, pos); if (flags & 1) [, pos] = leb(bytes, pos); }
    else if (kind === 2) { const flags = bytes[pos++]; [, pos] = leb(bytes, pos); if (flags & 1) [, pos] = leb(bytes, pos); }
    else if (kind === 3) { pos += 2; }
    else if (kind === 4) { pos++; [, pos] = leb(bytes, pos); }
  }
  return functions;
}

/** Function index → name, from the name section's function names. */
function functionNames(bytes, section) {
  const names = new Map();
  let [len, pos] = leb(bytes, section.start);
  pos += len;
  while (pos < section.end) {
    const kind = bytes[pos++];
    let size;
    [size, pos] = leb(bytes, pos);
    if (kind === 1) {
      let [count, at] = leb(bytes, pos);
      for (let i = 0; i < count; i++) {
        let index;
        let nameLen;
        [index, at] = leb(bytes, at);
        [nameLen, at] = leb(bytes, at);
        names.set(index, bytes.subarray(at, at + nameLen).toString());
        at += nameLen;
      }
    }
    pos += size;
  }
  return names;
}

/** The crate a demangled function name belongs to. */
function crateOf(name) {
  const plain = name.replace(/^(<|&|\*const |\*mut |dyn |mut )+/g, '');
  const head = plain.split('::')[0].replace(/[<>(\[].*$/, '').trim();
  if (!head) return '(other)';
  if (/^(core|alloc|std)$/.test(head)) return head;
  return /^[a-z_][a-z0-9_]*$/.test(head) ? head : '(other)';
}

/** The module a function of `crate` belongs to, three path segments deep (`finsam_planner::ui::budget`). */
function moduleOf(name, crate) {
  const plain = name.replace(/^(<|&|\*const |\*mut |dyn |mut )+/g, '');
  if (crateOf(name) !== crate) return null;
  return plain.split('::').slice(0, 3).map((p) => p.replace(/[<>(\[ ].*$/, '')).join('::');
}

/** Bytes of every function body grouped by crate (or by module within `within`), plus the data section. */
export function breakdown(bytes, within = null) {
  const list = sections(bytes);
  const imports = list.find((s) => s.id === 2);
  const code = list.find((s) => s.id === 10);
  const data = list.find((s) => s.id === 11);
  const nameSection = list.find((s) => s.id === 0 && s.name === 'name');
  if (!nameSection) throw new Error('wasm-breakdown.mjs: the module has no name section');
  const names = functionNames(bytes, nameSection);
  const offset = imports ? importedFunctions(bytes, imports) : 0;
  const groups = new Map();
  let [count, pos] = leb(bytes, code.start);
  for (let i = 0; i < count; i++) {
    let size;
    const at = pos;
    [size, pos] = leb(bytes, pos);
    const name = names.get(offset + i) ?? '(unnamed)';
    const group = (within && moduleOf(name, within)) || crateOf(name);
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(bytes.subarray(at, pos + size));
    pos += size;
  }
  const rows = [...groups].map(([group, parts]) => {
    const joined = Buffer.concat(parts);
    return { group, functions: parts.length, raw: joined.length, gzip: gzipSync(joined, { level: 9 }).length };
  });
  if (data) {
    const section = bytes.subarray(data.start, data.end);
    rows.push({ group: '(data section)', functions: 0, raw: section.length, gzip: gzipSync(section, { level: 9 }).length });
  }
  return rows.sort((a, b) => b.gzip - a.gzip);
}

const kb = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ').padStart(11);

if (import.meta.url === `file://${process.argv[1]}`) {
  const top = Number(process.argv[2] ?? 20);
  const work = mkdtempSync(join(tmpdir(), 'finsam-breakdown-'));
  try {
    const files = await build(linkedWasm(process.cwd(), 'release'), work, true, true);
    const main = readFileSync(files.main);
    const rows = breakdown(main, process.argv[3] ?? null);
    console.log(`main wasm (names kept): ${kb(main.length).trim()} B raw, ${kb(gzipSync(main, { level: 9 }).length).trim()} B gzip`);
    console.log(`${'group'.padEnd(28)}${'functions'.padStart(10)}${'raw'.padStart(11)}${'gzip'.padStart(11)}`);
    for (const r of rows.slice(0, top)) console.log(`${r.group.padEnd(28)}${String(r.functions).padStart(10)}${kb(r.raw)}${kb(r.gzip)}`);
    const rest = rows.slice(top);
    if (rest.length) console.log(`${`(${rest.length} more)`.padEnd(28)}${String(rest.reduce((s, r) => s + r.functions, 0)).padStart(10)}${kb(rest.reduce((s, r) => s + r.raw, 0))}${kb(rest.reduce((s, r) => s + r.gzip, 0))}`);
    const pages = readdirSync(work).filter((f) => f.startsWith('split_'));
    const chunks = readdirSync(work).filter((f) => f.startsWith('chunk_'));
    console.log('split modules (the page\'s own; shared chunks separately):');
    for (const f of pages.sort()) {
      const b = readFileSync(join(work, f));
      console.log(`  ${f.replace(/^split_|\.wasm$/g, '').padEnd(26)}${kb(b.length)}${kb(gzipSync(b, { level: 9 }).length)}`);
    }
    const shared = chunks.map((f) => readFileSync(join(work, f)));
    console.log(`  ${`${chunks.length} shared chunks`.padEnd(26)}${kb(shared.reduce((s, b) => s + b.length, 0))}${kb(shared.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0))}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
