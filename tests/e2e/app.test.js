// The app end to end: the home lists the bundled forms, a form opens from it, skip logic shows
// and hides a field, Submit lists the problems and then completes, and a broken definition is
// reported instead of a blank page.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { formatViolations, seriousViolations } from './support/axe.js';
import { assertNoErrors, launchBrowser, openPage } from './support/browser.js';
import { startServer } from './support/server.js';

const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

let server;
let browser;
let generated;

before(async () => {
  generated = await mkdtemp(path.join(os.tmpdir(), 'caseforms-e2e-'));
  // A definition with a syntax error after the first line, so the problem has a position.
  await writeFile(path.join(generated, 'broken.json'), '{\n  "format": 1,\n  "id": "broken",\n  "title": \n}\n');
  server = await startServer({ mounts: { '/generated': generated } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (generated) await rm(generated, { recursive: true, force: true });
});

test('a registration is filled in from the home screen', async () => {
  const { page, context, errors } = await openPage(browser, server.url('/'), { width: 360, height: 740 });
  try {
    await page.getByRole('heading', { name: 'caseforms' }).waitFor();
    await page.getByRole('link', { name: /child protection .*registration/i }).click();
    await page.getByRole('heading', { level: 1, name: /registration/i }).waitFor();

    await page.getByLabel(/first name/i).first().fill('Amina');
    await page.getByLabel(/first name/i).first().blur();

    // Skip logic: the details of an urgent concern are asked only once the answer is "yes".
    const gate = page.getByRole('group', { name: /urgent protection concern/i });
    const details = page.getByLabel(/describe the urgent concern/i);
    assert.equal(await details.isVisible(), false);
    await gate.getByLabel('Yes').check();
    await details.waitFor({ state: 'visible' });
    await gate.getByLabel('No').check();
    await details.waitFor({ state: 'hidden' });

    await page.screenshot({ path: path.join(SCREENSHOTS, 'form-360x740.png') });

    // Submitting with required fields empty lists them; each link leads to its field.
    await page.getByRole('button', { name: 'Submit' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    assert.ok((await summary.getByRole('link').count()) > 0);

    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, formatViolations(violations));

    // Fill every field the summary names, by answering its first choice or typing text.
    for (let round = 0; round < 10; round += 1) {
      const links = summary.getByRole('link');
      if ((await links.count()) === 0) break;
      const href = await links.first().getAttribute('href');
      const target = page.locator(href);
      const tag = await target.evaluate((el) => el.tagName.toLowerCase());
      if (tag === 'fieldset') {
        await target.locator('input').first().check();
      } else if ((await target.getAttribute('type')) === 'date') {
        await target.fill('2020-01-15');
      } else {
        await target.fill('Test');
      }
      await target.blur().catch(() => {});
      await page.getByRole('button', { name: 'Submit' }).click();
      if (await page.getByRole('heading', { name: 'Form completed' }).isVisible()) break;
    }
    await page.getByRole('heading', { name: 'Form completed' }).waitFor();
    assert.match(await page.locator('pre').textContent(), /"name_first": "Amina"/);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a broken definition is reported, not shown blank', async () => {
  const { page, context, errors } = await openPage(browser, server.url('/?form=/generated/broken.json'));
  try {
    await page.getByRole('heading', { name: 'This form has problems' }).waitFor();
    assert.match(await page.locator('main li').first().textContent(), /broken\.json:\d+:\d+/);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a form that cannot be downloaded says so', async () => {
  const { page, context, errors } = await openPage(browser, server.url('/?form=/generated/missing.json'));
  try {
    await page.getByRole('heading', { name: 'The form could not be opened' }).waitFor();
    assert.match(await page.getByRole('alert').textContent(), /HTTP 404/);
    // The 404 is the point of this test.
    assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  } finally {
    await context.close();
  }
});
