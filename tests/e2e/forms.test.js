// Every bundled form, end to end: open it from the home screen, answer what the error summary
// asks for until every check passes, and finish. The answers are found the way a person finds
// them: Submit, read the summary, follow each link to its question, answer it, Submit again.
//
// Nothing here knows a form's fields: a form whose required answers cannot be given through the
// interface (a control that does not work, a rule no answer satisfies) fails this test.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { assertNoErrors, launchBrowser, openPage } from './support/browser.js';
import { REPO_ROOT, startServer } from './support/server.js';

/** Rounds of Submit → answer the summary → Submit before a form counts as stuck. */
const MAX_ROUNDS = 25;

/** The ISO date `days` from today (the forms' defaults and bounds are relative to today). */
function isoDate(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Candidate answers by kind of control; a question still invalid gets the next one. Dates are a
 * month ago, today and a month ahead: enough for "not in the future" and "after the date of the
 * plan" alike.
 */
const DATES = [isoDate(-30), isoDate(0), isoDate(30)];
const CANDIDATES = {
  text: ['Test', 'Another answer', 'ABC-123'],
  number: ['1', '2', '12'],
  date: DATES,
  time: ['10:30', '14:00'],
  'datetime-local': DATES.map((date) => `${date}T10:30`),
};

const index = JSON.parse(await readFile(path.join(REPO_ROOT, 'forms', 'index.json'), 'utf8'));

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Answers the question whose control (or group) has the DOM id `id`, with its `attempt`-th
 * candidate. Returns false when there is nothing on the page to answer.
 */
async function answer(page, id, attempt) {
  const target = page.locator(`[id="${id}"]`);
  if ((await target.count()) === 0) return false;
  const kind = await target.evaluate((element) => {
    const tag = element.tagName.toLowerCase();
    if (tag === 'input') return element.type === 'checkbox' ? 'checkbox' : element.inputMode === 'numeric' || element.inputMode === 'decimal' ? 'number' : element.type;
    if (tag === 'textarea') return 'text';
    if (tag === 'select') return 'select';
    if (element.querySelector('canvas')) return 'signature';
    if (element.querySelector(':scope input[type=radio]')) return 'radio';
    if (element.querySelector(':scope input[type=checkbox]')) return 'checkboxes';
    if (element.querySelector('input, textarea, select')) return 'inputs';
    return 'rows';
  });
  const pick = (list) => list[attempt % list.length];
  switch (kind) {
    case 'checkbox':
      await target.check();
      break;
    case 'select': {
      const values = await target.locator('option').evaluateAll((options) =>
        options.map((option) => option.value).filter((value) => value !== ''),
      );
      await target.selectOption(pick(values));
      break;
    }
    case 'radio':
    case 'checkboxes': {
      const choices = target.locator(`input[type=${kind === 'radio' ? 'radio' : 'checkbox'}]`);
      const visible = [];
      for (let i = 0; i < (await choices.count()); i += 1) {
        if (await choices.nth(i).isVisible()) visible.push(choices.nth(i));
      }
      assert.ok(visible.length > 0, `question ${id} offers no choice`);
      await pick(visible).check();
      break;
    }
    case 'signature': {
      const canvas = target.locator('canvas');
      await canvas.scrollIntoViewIfNeeded();
      const box = await canvas.boundingBox();
      await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.3, { steps: 5 });
      await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.6, { steps: 5 });
      await page.mouse.up();
      break;
    }
    case 'inputs': {
      // A tally: a count in each of its boxes.
      const boxes = target.locator('input');
      for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).fill(pick(CANDIDATES.number));
      await boxes.last().blur();
      break;
    }
    case 'rows':
      // A repeat group short of rows.
      await target.getByRole('button', { name: /^add/i }).first().click();
      break;
    default: {
      await target.fill(pick(CANDIDATES[kind] ?? CANDIDATES.text));
      await target.blur();
    }
  }
  return true;
}

/** The DOM ids the error summary links to, or null when there is no summary. */
async function summaryTargets(page) {
  const summary = page.locator('.error-summary');
  if (!(await summary.isVisible())) return null;
  const hrefs = await summary.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  return hrefs.map((href) => decodeURIComponent(href.replace(/^#/, '')));
}

for (const entry of index) {
  test(`${entry.file}: filled in through the interface and finished`, async () => {
    const { page, context, errors } = await openPage(browser, server.url('/'));
    try {
      await page.getByRole('link', { name: entry.title.en }).click();
      await page.getByRole('heading', { level: 1, name: entry.title.en }).waitFor();
      await page.getByLabel('Show all sections on one page').check();

      const attempts = new Map();
      let remaining = [];
      for (let round = 0; round < MAX_ROUNDS; round += 1) {
        await page.getByRole('button', { name: 'Check answers and finish' }).click();
        const completed = page.getByRole('heading', { name: 'Form completed' });
        await completed.or(page.locator('.error-summary')).first().waitFor();
        if (await completed.isVisible()) {
          remaining = null;
          break;
        }
        remaining = (await summaryTargets(page)) ?? [];
        assert.ok(remaining.length > 0, 'Submit neither finished the form nor listed its problems');
        for (const id of remaining) {
          const attempt = attempts.get(id) ?? 0;
          attempts.set(id, attempt + 1);
          await answer(page, id, attempt);
        }
      }
      const problems = remaining && (await page.locator('.error-summary li').allInnerTexts());
      assert.equal(remaining, null, `still not finished after ${MAX_ROUNDS} rounds:\n  ${problems?.join('\n  ')}`);

      // The finished record holds what was entered, under the field ids: the record's title
      // fields (the child's name, a survivor code) among them.
      const record = JSON.parse(await page.locator('.record-json').innerText());
      const definition = JSON.parse(await readFile(path.join(REPO_ROOT, 'forms', entry.file), 'utf8'));
      for (const id of definition.record_title ?? []) {
        if (attempts.has(id)) assert.ok(record[id] !== undefined, `the record lacks ${id}: ${JSON.stringify(record)}`);
      }
      assert.ok(
        [...attempts.keys()].some((id) => record[id] !== undefined),
        `the record holds none of the answers given: ${JSON.stringify(record)}`,
      );
      assertNoErrors(errors, entry.file);
    } finally {
      await context.close();
    }
  });
}
