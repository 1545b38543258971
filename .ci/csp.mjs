// Trunk post-build hook: writes the Content-Security-Policy into the built index.html as a <meta http-equiv>,
// with the sha256 of every inline script Trunk wrote (its start script, and under `trunk serve` the reload
// script). The hashes change with the file hashes, so they are computed on every build, after minification.
// Trunk's Subresource Integrity attributes are left as they are. Reads TRUNK_STAGING_DIR (set by Trunk).
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** The policy, given the inline scripts' hash sources (`'sha256-…'`). */
export function policy(hashes) {
  return [
    `default-src 'none'`,
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    `style-src 'self'`,
    `img-src 'self' data:`,
    `connect-src 'self'`,
    `font-src 'self'`,
    `manifest-src 'self'`,
    `base-uri 'none'`,
    `form-action 'none'`,
    `object-src 'none'`,
  ].join('; ');
}

/** The hash sources of the document's inline scripts (those without `src`). */
export function inlineScriptHashes(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

/** `trunk serve` fills its reload script's address per request, which would change the script after it was
 *  hashed: the address is taken from the page instead, and the socket's base path from the public URL. */
function pinReloadAddress(html) {
  const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
  let base = publicUrl.startsWith('http') ? new URL(publicUrl).pathname : publicUrl;
  if (!base.endsWith('/')) base += '/';
  return html
    .replaceAll("'{{__TRUNK_ADDRESS__}}'", 'window.location.host')
    .replaceAll('`{{__TRUNK_ADDRESS__}}`', 'window.location.host')
    .replaceAll('{{__TRUNK_WS_BASE__}}', base);
}

const META = /<meta http-equiv=["']?Content-Security-Policy["']?[^>]*>/i;
const CHARSET = /<meta charset=["']?utf-8["']?\s*\/?>/i;

/** The document with the policy meta right after `<meta charset>` (replacing an earlier one). */
export function withPolicy(source) {
  const html = pinReloadAddress(source).replace(META, '');
  if (!CHARSET.test(html)) throw new Error('csp.mjs: no <meta charset="utf-8"> to put the policy after');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineScriptHashes(html))}">`;
  return html.replace(CHARSET, (charset) => charset + meta);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error('csp.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook)');
    process.exit(1);
  }
  const file = join(staging, 'index.html');
  writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
}
