// A static file server for the end-to-end tests: serves the Trunk build (dist/) on a free
// localhost port, plus any extra directories a test mounts (for example a generated definition).
//
//   const server = await startServer({ mounts: { '/generated': someDir } });
//   await page.goto(server.url('/'));
//   await server.close();

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's place in tests/e2e/support/. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The Trunk build that the tests run against (`trunk build --release` writes it). */
// CASEFORMS_DIST points the tests at another build (`trunk build --release --dist DIR`), so
// that two builds can be tested side by side.
export const DIST_DIR = path.resolve(process.env.CASEFORMS_DIST ?? path.join(REPO_ROOT, 'dist'));

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

function mimeType(filePath) {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under `root` that a URL path names, or null if it would escape `root`. */
function resolveInside(root, urlPath) {
  const resolved = path.resolve(root, '.' + path.posix.normalize('/' + urlPath));
  return resolved === root || resolved.startsWith(root + path.sep) ? resolved : null;
}

async function fileAt(candidate) {
  if (candidate === null) return null;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = path.join(candidate, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {
    // Missing: the caller answers 404.
  }
  return null;
}

/**
 * Starts the server and resolves once it listens.
 *
 * @param {object} [options]
 * @param {string} [options.root] the directory served at `/` (default: dist/ of the repository).
 * @param {Record<string, string>} [options.mounts] URL prefix → directory, e.g.
 *   `{ '/generated': '/tmp/xyz' }` serves `/tmp/xyz/form.json` at `/generated/form.json`.
 *   A mount wins over a file of the same path in `root`.
 * @returns {Promise<{ origin: string, port: number, url: (p?: string) => string,
 *   requests: string[], close: () => Promise<void> }>}
 */
export async function startServer({ root = DIST_DIR, mounts = {} } = {}) {
  const rootDir = path.resolve(root);
  if (!(await stat(rootDir).catch(() => null))?.isDirectory()) {
    throw new Error(`${rootDir} does not exist: run \`trunk build --release\` first (bash .ci/test does).`);
  }
  const mountList = Object.entries(mounts)
    .map(([prefix, dir]) => ['/' + prefix.replace(/^\/+|\/+$/g, ''), path.resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);

  /** Every path requested, so a test can check what the app fetched. */
  const requests = [];

  const server = createServer(async (request, response) => {
    try {
      const urlPath = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      requests.push(urlPath);
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }

      let file = null;
      const mount = mountList.find(([prefix]) => urlPath === prefix || urlPath.startsWith(prefix + '/'));
      if (mount) {
        file = await fileAt(resolveInside(mount[1], urlPath.slice(mount[0].length)));
      } else {
        file = await fileAt(resolveInside(rootDir, urlPath));
        // A path without an extension is a route inside the app: answer with the app's page.
        if (file === null && path.posix.extname(urlPath) === '') {
          file = await fileAt(path.join(rootDir, 'index.html'));
        }
      }

      if (file === null) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${urlPath}\n`);
        return;
      }
      response.writeHead(200, {
        'Content-Type': mimeType(file),
        // Every load reads the build as it is now; tests never see a stale cached copy.
        'Cache-Control': 'no-store',
      });
      if (request.method === 'HEAD') {
        response.end();
      } else {
        createReadStream(file).pipe(response);
      }
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });

  // Port 0: the operating system picks a free port, so tests can run side by side.
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    requests,
    url: (p = '/') => new URL(p, origin).href,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
