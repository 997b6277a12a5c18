// The smallest end-to-end check: the release build loads in Chromium without errors, shows its
// heading, passes axe, and looks right on a phone and a tablet (screenshots/ for a human to see).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { formatViolations, seriousViolations } from './support/axe.js';
import { assertNoErrors, launchBrowser, openPage } from './support/browser.js';
import { REPO_ROOT, startServer } from './support/server.js';

const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'tablet', width: 800, height: 1280 },
];

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await mkdir(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const { name, width, height } of VIEWPORTS) {
  test(`the app starts on a ${name} (${width}×${height})`, async () => {
    const { page, context, errors } = await openPage(browser, server.url('/'), { width, height });
    try {
      await page.getByRole('heading', { name: 'caseforms' }).waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), 'en');

      const violations = await seriousViolations(page);
      assert.equal(violations.length, 0, formatViolations(violations));

      await page.screenshot({ path: path.join(SCREENSHOTS, `smoke-${width}x${height}.png`), fullPage: true });
      assertNoErrors(errors);
    } finally {
      await context.close();
    }
  });
}

test('every bundled form is served as JSON at /forms/', async (t) => {
  // index.html copies forms/ into dist/ with `data-trunk rel="copy-dir"`.
  const names = (await readdir(path.join(REPO_ROOT, 'forms')).catch(() => [])).filter((n) => n.endsWith('.json'));
  if (names.length === 0) {
    t.skip('no forms/*.json yet');
    return;
  }
  for (const name of names) {
    const response = await fetch(server.url(`/forms/${name}`));
    assert.equal(response.status, 200, `/forms/${name}`);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/, `/forms/${name}`);
    await response.json();
  }
});

test('a form is downloaded once, from the start of the page: the app takes the request index.html started', async () => {
  const { page, context, errors } = await openPage(browser, server.url('/?form=forms/referral.json'));
  try {
    // Once more with every fetch of the definition recorded, when the first load is done.
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await page.addInitScript(() => {
      const fetch = window.fetch;
      window.definitionFetches = [];
      window.fetch = (input, init) => {
        if (String(input).endsWith('referral.json')) window.definitionFetches.push(document.readyState);
        return fetch(input, init);
      };
    });
    await page.reload();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    // One request, made while the HTML was still being read (before the app's module ran).
    assert.deepEqual(await page.evaluate(() => window.definitionFetches), ['loading']);
    assert.equal(await page.evaluate(() => 'caseformsEarlyFetch' in window), false, 'the early request was not taken');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});
