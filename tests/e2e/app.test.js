// The caseworker app end to end, through roles and labels as a person would find them: the home
// screen, paging (next, back, jump), skip logic, a calculated value, repeat groups (add, limits,
// confirmed removal), validation on leaving a field and on submit (the error summary), switching
// to Arabic and back with the answers kept, axe-core on every bundled form, and screenshots at
// phone and tablet widths. A broken or missing definition is reported, never a blank page.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { formatViolations, seriousViolations } from './support/axe.js';
import { assertNoErrors, launchBrowser, openPage } from './support/browser.js';
import { REPO_ROOT, startServer } from './support/server.js';

const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
const PHONE = { width: 360, height: 740 };
const TABLET = { width: 800, height: 1280 };
const index = JSON.parse(await readFile(path.join(REPO_ROOT, 'forms', 'index.json'), 'utf8'));

let server;
let browser;
let generated;

before(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
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

/** Opens a bundled form and waits for its first section. */
async function openForm(file, viewport = TABLET, query = '') {
  const opened = await openPage(browser, server.url(`/?form=forms/${file}${query}`), viewport);
  await opened.page.locator('.form-section h2').first().waitFor();
  return opened;
}

/** The progress line, e.g. "Section 2 of 4". */
function progress(page) {
  return page.locator('#section-progress');
}

/** Jumps to a section through the section list (a closed disclosure below 960 px). */
async function jumpTo(page, name) {
  const sections = page.getByRole('navigation', { name: 'Sections' });
  const link = sections.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) await sections.getByText('Sections', { exact: true }).click();
  await link.click();
}

/** Saves a full-page screenshot for a person to look at. */
async function screenshot(page, name) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

test('the home screen lists every bundled form and opens one', async () => {
  const { page, context, errors } = await openPage(browser, server.url('/'), PHONE);
  try {
    await page.getByRole('heading', { name: 'caseforms' }).waitFor();
    await page.getByRole('link', { name: /child protection .*registration/i }).waitFor();
    assert.equal(await page.locator('.form-list li').count(), index.length);
    await screenshot(page, 'home-360x740');

    // The interface language can be chosen on the home screen, and the forms open in it.
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'العربية' }).click();
    await page.getByText('اختر استمارة لتعبئتها.').waitFor();
    assert.equal(await page.locator('.app').getAttribute('dir'), 'rtl');
    await page.getByRole('link', { name: 'التنبيه والتسجيل في مجال حماية الطفل' }).click();
    await page.getByRole('button', { name: 'التالي' }).waitFor();
    await page.goBack();
    await page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'English' }).click();
    await page.getByText('Choose a form to fill in.').waitFor();

    await page.getByRole('link', { name: /child protection .*registration/i }).click();
    await page.getByRole('heading', { level: 1, name: /registration/i }).waitFor();
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('sections are pages: next, back, jump from the list, irrelevant sections skipped', async () => {
  const { page, context, errors } = await openForm('cp_registration.json');
  try {
    assert.equal(await progress(page).textContent(), 'Section 1 of 4');
    await page.getByRole('button', { name: 'Next' }).click();
    assert.equal(await progress(page).textContent(), 'Section 2 of 4');
    await page.getByRole('heading', { level: 2, name: "Child's identity" }).waitFor();
    // The focus moves to the new section's heading, for keyboard and screen-reader users.
    await page.waitForFunction(() => document.activeElement?.textContent === "Child's identity");
    await page.getByRole('button', { name: 'Back' }).click();
    assert.equal(await progress(page).textContent(), 'Section 1 of 4');

    const sections = page.getByRole('navigation', { name: 'Sections' });
    await jumpTo(page, 'Protection concerns');
    assert.equal(await progress(page).textContent(), 'Section 4 of 4');
    assert.equal(await sections.getByRole('link', { name: 'Protection concerns' }).getAttribute('aria-current'), 'step');
    // The last page offers the submit button instead of Next.
    assert.equal(await page.getByRole('button', { name: 'Next' }).count(), 0);
    await page.getByRole('button', { name: 'Check answers and finish' }).waitFor();

    // Skip logic: a cross-border case adds a fifth section, and the details of an urgent
    // concern are asked only once the answer is "yes".
    await page.getByRole('group', { name: /cross-border case/ }).getByLabel('Yes').check();
    assert.equal(await progress(page).textContent(), 'Section 4 of 5');
    await page.getByRole('button', { name: 'Next' }).click();
    assert.equal(await progress(page).textContent(), 'Section 5 of 5');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('group', { name: /cross-border case/ }).getByLabel('No').check();
    assert.equal(await progress(page).textContent(), 'Section 4 of 4');

    const gate = page.getByRole('group', { name: /urgent protection concern/i });
    const details = page.getByLabel(/describe the urgent concern/i);
    assert.equal(await details.isVisible(), false);
    await gate.getByLabel('Yes').check();
    await details.waitFor({ state: 'visible' });
    await gate.getByLabel('No').check();
    await details.waitFor({ state: 'hidden' });

    // One long page, by the user's choice: every section at once, no progress line.
    await page.getByLabel('Show all sections on one page').check();
    await page.getByRole('heading', { level: 2, name: 'Registration' }).waitFor();
    assert.equal(await page.getByRole('heading', { level: 2, name: 'Protection concerns' }).isVisible(), true);
    assert.equal(await progress(page).count(), 0);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a calculated value follows the answers, in the locale of the form', async () => {
  const { page, context, errors } = await openForm('cp_registration.json');
  try {
    await jumpTo(page, "Child's identity");
    const identity = page.getByRole('region', { name: "Child's identity" });
    const age = identity.getByRole('status', { name: 'Age', exact: true });
    const years = identity.getByLabel(/^Age in years/);
    await years.fill('7');
    await page.waitForFunction(() => document.querySelector('output#age')?.textContent === '7');
    // A date of birth replaces the typed age (and the age question is no longer asked).
    await identity.getByLabel('Date of birth', { exact: true }).fill('2015-01-01');
    await years.waitFor({ state: 'hidden' });
    // Born on 1 January: the age is this year minus 2015.
    const expected = String(new Date().getFullYear() - 2015);
    assert.equal(await age.textContent(), expected);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('repeat groups: rows are added up to the most, labelled, bound to their row, removed after a confirmation', async () => {
  const { page, context, errors } = await openForm('tracing.json');
  try {
    await jumpTo(page, "The child's wishes");
    const people = page.getByRole('region', { name: 'People the child wants to be traced' });
    assert.equal(await people.isVisible(), false);
    await page.getByRole('group', { name: /want family members to be traced/ }).getByLabel('Yes').check();
    await people.waitFor();
    await people.getByText('At least 1 needed; 0 added so far.').waitFor();

    const add = people.getByRole('button', { name: 'Add Person' });
    for (let row = 1; row <= 3; row += 1) await add.click();
    for (const [number, name] of [[1, 'Fatima'], [2, 'Omar'], [3, 'Layla']]) {
      await people.getByRole('group', { name: `Person ${number}` }).getByLabel('Name').fill(name);
    }
    assert.equal(await add.isDisabled(), true);
    await people.getByText('The most allowed is 3.').waitFor();
    await screenshot(page, 'repeat-800x1280');

    // Removing asks first; cancelling keeps the row.
    await people.getByRole('button', { name: 'Remove Person 2' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Person 2?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await people.getByRole('group', { name: /^Person \d$/ }).count(), 3);
    await people.getByRole('button', { name: 'Remove Person 2' }).click();
    await dialog.getByRole('button', { name: 'Yes, remove it' }).click();

    // The rows renumber, keep their own answers, and the add button works again.
    assert.equal(await people.getByRole('group', { name: /^Person \d$/ }).count(), 2);
    assert.equal(await people.getByRole('group', { name: 'Person 1' }).getByLabel('Name').inputValue(), 'Fatima');
    assert.equal(await people.getByRole('group', { name: 'Person 2' }).getByLabel('Name').inputValue(), 'Layla');
    assert.equal(await add.isDisabled(), false);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a repeat row feeds the calculations of the form', async () => {
  const { page, context, errors } = await openForm('assessment.json');
  try {
    await jumpTo(page, 'Family and care arrangements');
    const family = page.getByRole('region', { name: 'Family members' });
    const count = page.getByRole('status', { name: 'Family members listed' });
    await family.getByRole('button', { name: 'Add Family member' }).click();
    await family.getByRole('button', { name: 'Add Family member' }).click();
    await page.waitForFunction(() => document.querySelector('output#family_member_count')?.textContent === '2');
    const second = family.getByRole('group', { name: 'Family member 2' });
    await second.getByLabel('Date of birth').fill('2000-06-15');
    assert.match(await second.getByRole('status', { name: 'Age' }).textContent(), /^\d+$/);
    assert.equal(await family.getByRole('group', { name: 'Family member 1' }).getByRole('status', { name: 'Age' }).textContent(), '');
    assert.equal(await count.textContent(), '2');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('validation: a message when a field is left, the error summary on submit, fixed through its links', async () => {
  const { page, context, errors } = await openForm('cp_registration.json', PHONE);
  try {
    await jumpTo(page, "Child's identity");
    const first = page.getByLabel(/^First name/);
    assert.equal(await first.getAttribute('aria-required'), 'true');
    // Leaving a required field empty shows its message, linked to the field.
    await first.fill('A');
    await first.fill('');
    await first.blur();
    await page.getByText('Error: Answer this question.').first().waitFor();
    assert.equal(await first.getAttribute('aria-invalid'), 'true');
    assert.match(await first.getAttribute('aria-describedby'), /name_first-error/);
    await first.fill('Amina');
    await page.waitForFunction(() => !document.getElementById('name_first').hasAttribute('aria-invalid'));

    await page.getByLabel('Show all sections on one page').check();
    await page.getByRole('button', { name: 'Check answers and finish' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    await screenshot(page, 'summary-360x740');

    // A summary link moves the focus to its question.
    const link = summary.getByRole('link', { name: /^Surname/ });
    await link.click();
    await page.waitForFunction(() => document.activeElement?.id === 'name_last');

    // Fixing it and submitting again takes it off the summary. (Every bundled form is filled in
    // to the end through the summary by forms.test.js.)
    const before = await summary.getByRole('link').count();
    await page.locator('#name_last').fill('Haddad');
    await page.getByRole('button', { name: 'Check answers and finish' }).click();
    await page.waitForFunction((count) => document.querySelectorAll('.error-summary a').length === count - 1, before);
    assert.equal(await summary.getByRole('link', { name: /^Surname/ }).count(), 0);
    assert.equal(await page.locator('#name_last').getAttribute('aria-invalid'), null);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('switching to Arabic and back keeps every answer; the page turns right to left', async () => {
  const { page, context, errors } = await openForm('cp_registration.json');
  try {
    await jumpTo(page, "Child's identity");
    await page.getByLabel(/^First name/).fill('Amina');
    await page.getByLabel(/^Age in years/).fill('12');
    await page.getByLabel('Language').selectOption('ar');

    await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('dir') === 'rtl');
    assert.equal(await page.locator('.app').getAttribute('lang'), 'ar');
    assert.match(page.url(), /lang=ar/);
    assert.equal(await page.getByRole('button', { name: 'التالي' }).count(), 1);
    // The answers stay; the calculated age is written in the locale's digits.
    assert.equal(await page.locator('#name_first').inputValue(), 'Amina');
    assert.equal(await page.locator('output#age').textContent(), (12).toLocaleString('ar'));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'arabic-360.png') });
    await page.setViewportSize(PHONE);
    await screenshot(page, 'arabic-360x740');

    await page.getByLabel('اللغة').selectOption('en');
    await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('dir') === 'ltr');
    assert.equal(await page.getByLabel(/^First name/).inputValue(), 'Amina');
    assert.equal(await page.locator('output#age').textContent(), '12');

    // The language is in the address, so a reload keeps it.
    await page.getByLabel('Language').selectOption('fr');
    await page.reload();
    await page.getByRole('button', { name: 'Suivant' }).waitFor();
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

for (const { file } of index) {
  test(`axe-core finds no serious or critical violation in ${file}`, async () => {
    const { page, context, errors } = await openForm(file, TABLET);
    try {
      await page.getByLabel('Show all sections on one page').check();
      // Submit once, so the error summary and every error message are checked too.
      await page.getByRole('button', { name: 'Check answers and finish' }).click();
      await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
      const violations = await seriousViolations(page);
      assert.equal(violations.length, 0, formatViolations(violations));
      const name = file.replace(/\.json$/, '');
      await screenshot(page, `${name}-800x1280`);
      await page.setViewportSize(PHONE);
      // No horizontal scroll at 360 px.
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
      await screenshot(page, `${name}-360x740`);
      assertNoErrors(errors);
    } finally {
      await context.close();
    }
  });
}

test('a broken definition is reported, not shown blank', async () => {
  const { page, context, errors } = await openPage(browser, server.url('/?form=/generated/broken.json'));
  try {
    await page.getByRole('heading', { name: 'This form definition has problems' }).waitFor();
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
