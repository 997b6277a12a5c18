// Headless Chromium for the end-to-end tests, through playwright-core and Debian's
// /usr/bin/chromium (never a browser that Playwright downloads: nothing can be downloaded here).
//
//   const browser = await launchBrowser();
//   const { page, errors } = await openPage(browser, server.url('/'), { width: 360, height: 740 });
//   ...
//   assertNoErrors(errors);
//   await browser.close();

import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/**
 * Chromium runs as root here (so no sandbox), and this network refuses most hosts, so every
 * background service that would try to reach one is switched off.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Actions and expectations give up after this long, so a broken page fails fast. */
export const TIMEOUT_MS = 10_000;

/**
 * Launches headless Chromium. Playwright gives every launch a new, empty user-data directory
 * (a fresh temporary profile, deleted on close), and every `openPage` its own browser context, so
 * no storage leaks from one test to another.
 */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
}

/**
 * Opens `url` in a new context at the given viewport, recording every error the page reports.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ width: number, height: number }} [viewport]
 * @returns {Promise<{ page: import('playwright-core').Page,
 *   context: import('playwright-core').BrowserContext, errors: string[] }>}
 *   `errors` keeps growing while the page lives: uncaught exceptions (a Rust panic shows up here
 *   through the panic hook's console.error), console errors, and failed requests.
 */
export async function openPage(browser, url, viewport = { width: 800, height: 1280 }) {
  const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'UTC' });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url: source, lineNumber } = message.location();
      errors.push(`console error: ${message.text()}${source ? ` (${source}:${lineNumber})` : ''}`);
    }
  });
  page.on('requestfailed', (request) =>
    errors.push(`request failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, errors };
}

/** Fails with every recorded error listed, one a line. */
export function assertNoErrors(errors, what = 'the page') {
  assert.deepEqual(errors, [], `${what} reported errors:\n  ${errors.join('\n  ')}`);
}
