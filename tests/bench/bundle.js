// The bundle's size: every file of the Trunk build that the browser downloads to show a form
// (index.html, the JS glue, the wasm and the CSS; the bundled forms/ are data, not the bundle),
// raw, gzipped (level 9) and brotli-compressed (quality 11) with Node's zlib.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUNDLE_EXTENSIONS = ['.html', '.js', '.wasm', '.css'];

/**
 * @param {string} distDir the Trunk build
 * @returns {Promise<{ files: { name: string, raw: number, gzip: number, brotli: number }[],
 *   total: { raw: number, gzip: number, brotli: number } }>} sizes in bytes
 */
export async function bundleSizes(distDir) {
  const names = (await readdir(distDir)).filter((name) => BUNDLE_EXTENSIONS.includes(path.extname(name)));
  const files = [];
  for (const name of names.sort()) {
    const bytes = await readFile(path.join(distDir, name));
    files.push({
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    });
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) for (const key of Object.keys(total)) total[key] += file[key];
  return { files, total };
}
