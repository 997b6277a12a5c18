// Drafts end to end: autosave and resume from the list of drafts (answers, section, language),
// many drafts per form, delete with a confirmation, a newer definition, and every failure mode
// the UI must show (storage full with the rescue file, storage unavailable, a corrupt value, the
// same draft in two tabs), plus the passphrase set-up, inactivity lock, unlock and "forget".
//
// The tests use a small form of their own, served at /forms/e2e_intake.json through
// Playwright's routing (so a test can also serve a newer version of it).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { readFile } from 'node:fs/promises';

import { formatViolations, seriousViolations } from './support/axe.js';
import { assertNoErrors, launchBrowser, openPage } from './support/browser.js';
import { startServer } from './support/server.js';

const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
const FORM_PATH = '/forms/e2e_intake.json';
const PASSPHRASE = 'correct horse battery staple';

/**
 * The test form; `version: 2` drops the nickname question and the "other" option of sex.
 * `paged`: one section a page, in English and French.
 */
function definition(version = 1, paged = false) {
  const sexOptions = [
    { id: 'female', label: 'Female' },
    { id: 'male', label: 'Male' },
  ];
  if (version === 1) sexOptions.push({ id: 'other', label: 'Another sex' });
  const identity = [
    { id: 'name_first', type: 'text', label: 'First name', required: true },
    { id: 'name_last', type: 'text', label: 'Surname', required: true },
  ];
  if (version === 1) identity.push({ id: 'nickname', type: 'text', label: 'Nickname' });
  return JSON.stringify({
    format: 1,
    id: 'e2e_intake',
    version: `${version}.0.0`,
    title: 'E2E intake',
    layout: paged ? 'paged' : 'single_page',
    languages: paged ? ['en', 'fr'] : ['en'],
    record_title: ['name_first', 'name_last'],
    sections: [
      { id: 'identity', title: 'Identity', fields: identity },
      {
        id: 'details',
        title: 'Details',
        fields: [
          { id: 'age', type: 'integer', label: 'Age', required: true, min: 0, max: 17 },
          { id: 'sex', type: 'select_one', label: 'Sex', required: true, options: sexOptions },
        ],
      },
    ],
  });
}

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
 * A page with the test form routed (and, with `meta`, extra <meta> tags in index.html), on
 * `url`. `init` runs in the page before any of its scripts.
 */
async function open({ url = null, viewport, version = 1, paged = false, meta = '', init } = {}) {
  const opened = await openPage(browser, 'about:blank', viewport);
  await routeForm(opened.context, version, paged);
  if (meta) {
    await opened.context.route(
      (address) => address.origin === server.origin && path.posix.extname(address.pathname) === '',
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('</head>', `${meta}</head>`);
        await route.fulfill({ response, body });
      },
    );
  }
  if (init) await opened.page.addInitScript(init);
  if (url) await opened.page.goto(server.url(url));
  return opened;
}

/** The test form, and forms/index.json with it listed (so the drafts list can name it). */
async function routeForm(context, version, paged = false) {
  if (version === 1) {
    await context.route('**/forms/index.json', async (route) => {
      try {
        const response = await route.fetch();
        const forms = await response.json();
        forms.push({ file: 'e2e_intake.json', title: { en: 'E2E intake' } });
        await route.fulfill({ response, json: forms });
      } catch {
        // The page moved on before the list arrived: nothing is waiting for it.
      }
    });
  }
  await context.unroute(`**${FORM_PATH}`);
  await context.route(`**${FORM_PATH}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: definition(version, paged) }),
  );
}

/** Opens a new draft of the test form. */
async function newDraft(page) {
  await page.goto(server.url(`/?form=${FORM_PATH.slice(1)}`));
  await page.getByRole('heading', { level: 1, name: 'E2E intake' }).waitFor();
}

/** The text field labelled `label` (a required one's label ends in "(required)", translated). */
const field = (page, label) => page.getByLabel(new RegExp(`^${label}( \\([^)]+\\))?$`));

/** Types `value` into the field labelled `label` and leaves it (a change). */
async function answer(page, label, value) {
  const input = field(page, label);
  await input.fill(value);
  await input.blur();
}

/** Waits for the save status; `text` is its start in the form's language (French after a switch). */
async function savedOnDevice(page, text = 'Saved on this device') {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

/** The drafts stored in the page's localStorage, parsed (plain mode). */
async function storedDrafts(page) {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('caseforms:v1:draft:'))
      .map((key) => ({ key, value: localStorage.getItem(key) })),
  );
}

async function unlock(page, passphrase) {
  await page.getByRole('heading', { name: 'Drafts are locked' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

const draftsList = (page) => page.getByRole('region', { name: 'Drafts on this device' });

test('half a form survives a reload and is finished from the drafts list', async () => {
  const { page, context, errors } = await open({ meta: '<meta name="caseforms-user" content="J. Doe">' });
  try {
    await newDraft(page);
    // The address names the new draft once the form is on screen.
    await page.waitForURL(/[?&]draft=[0-9a-f-]+/, { timeout: 2000 });
    await answer(page, 'First name', 'Amina');
    await answer(page, 'Surname', 'Haddad');
    await savedOnDevice(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'E2E intake' }).waitFor();
    assert.equal(await field(page, 'First name').inputValue(), 'Amina');
    assert.equal(await field(page, 'Surname').inputValue(), 'Haddad');

    // The edit history: field, old, new, time and the deployment's user.
    const [stored] = await storedDrafts(page);
    const draft = JSON.parse(stored.value);
    const edit = draft.history.find((e) => e.path.field === 'name_first');
    assert.deepEqual([edit.old, edit.new, edit.user], [null, 'Amina', 'J. Doe']);
    assert.equal(draft.form_url, 'forms/e2e_intake.json');
    assert.ok(edit.at > 0);

    await page.goto(server.url('/'));
    await page.getByRole('link', { name: 'E2E intake', exact: true }).waitFor();
    const list = draftsList(page);
    const item = list.getByRole('listitem').filter({ hasText: 'Amina Haddad' });
    await item.waitFor();
    assert.match(await item.textContent(), /E2E intake/);
    assert.match(await item.textContent(), /2 of 5 answered/);
    assert.match(await item.textContent(), /Last change/);
    await item.getByRole('link', { name: 'Resume Amina Haddad, E2E intake' }).click();

    await page.getByRole('heading', { level: 1, name: 'E2E intake' }).waitFor();
    assert.equal(await field(page, 'First name').inputValue(), 'Amina');
    await answer(page, 'Age', '9');
    await page.getByRole('group', { name: /Sex/ }).getByLabel('Female').check();
    await page.getByRole('button', { name: 'Check answers and finish' }).click();
    await page.getByRole('heading', { name: 'Form completed' }).waitFor();
    await savedOnDevice(page);
    const finished = JSON.parse((await storedDrafts(page))[0].value);
    assert.equal(finished.answers.sex, 'female');
    assert.equal(finished.progress.answered, 4);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('hiding the page saves at once, without waiting for the debounce', async () => {
  const { page, context, errors } = await open();
  try {
    await newDraft(page);
    for (const [event, name] of [['visibilitychange', 'Amina'], ['pagehide', 'Amira']]) {
      // Typed (an input event, no blur), then the page is hidden within a few milliseconds:
      // far sooner than the 400 ms debounce would save.
      await field(page, 'First name').fill(name);
      const stored = await page.evaluate(async (kind) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
        if (kind === 'pagehide') window.dispatchEvent(new Event('pagehide'));
        else document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 50));
        delete document.hidden;
        return Object.keys(localStorage)
          .filter((key) => key.startsWith('caseforms:v1:draft:'))
          .map((key) => JSON.parse(localStorage.getItem(key)).answers.name_first);
      }, event);
      assert.deepEqual(stored, [name], `saved on ${event}`);
    }
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('the section and the language come back when a draft is resumed', async () => {
  const { page, context, errors } = await open({ paged: true });
  try {
    await newDraft(page);
    await answer(page, 'First name', 'Amina');
    await page.getByRole('button', { name: 'Next' }).click();
    await field(page, 'Age').waitFor();
    await page.getByLabel('Language').selectOption('fr');
    // The save status follows the form's language.
    await savedOnDevice(page, 'Enregistré sur cet appareil');
    const draft = JSON.parse((await storedDrafts(page))[0].value);
    assert.deepEqual([draft.section, draft.language], [1, 'fr']);

    // Resumed from the list (an address without &lang=): still on Details, still in French.
    await page.goto(server.url('/'));
    await draftsList(page).getByRole('link', { name: /^Resume Amina/ }).click();
    await field(page, 'Age').waitFor();
    assert.equal(await field(page, 'First name').isVisible(), false);
    assert.equal(await page.locator('#form-language').inputValue(), 'fr');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a form has many drafts, and deleting one asks first', async () => {
  const { page, context, errors } = await open({ viewport: { width: 360, height: 740 } });
  try {
    for (const [first, last] of [['Amina', 'Haddad'], ['Omar', 'Said']]) {
      await newDraft(page);
      await answer(page, 'First name', first);
      await answer(page, 'Surname', last);
      await savedOnDevice(page);
    }
    await page.goto(server.url('/'));
    await page.getByRole('link', { name: 'E2E intake', exact: true }).waitFor();
    const list = draftsList(page);
    await list.getByRole('listitem').filter({ hasText: 'Omar Said' }).waitFor();
    assert.equal(await list.getByRole('listitem').count(), 2);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'drafts-list-360x740.png'), fullPage: true });
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, formatViolations(violations));

    await list.getByRole('button', { name: 'Delete Amina Haddad, E2E intake' }).click();
    await list.getByText('Delete the draft Amina Haddad, E2E intake?').waitFor();
    await list.getByRole('button', { name: 'Keep it' }).click();
    assert.equal(await list.getByRole('listitem').count(), 2);

    await list.getByRole('button', { name: 'Delete Amina Haddad, E2E intake' }).click();
    await list.getByRole('button', { name: 'Yes, delete it' }).click();
    await list.getByRole('listitem').filter({ hasText: 'Amina Haddad' }).waitFor({ state: 'detached' });
    assert.equal(await list.getByRole('listitem').count(), 1);
    assert.equal((await storedDrafts(page)).length, 1);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a newer definition lists the answers that no longer fit, and keeps them', async () => {
  const { page, context, errors } = await open();
  try {
    await newDraft(page);
    await answer(page, 'First name', 'Amina');
    await answer(page, 'Nickname', 'Mina');
    await page.getByRole('group', { name: /Sex/ }).getByLabel('Another sex').check();
    await savedOnDevice(page);

    await routeForm(context, 2);
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'The form has changed since this draft was saved' });
    await notice.waitFor();
    assert.match(await notice.textContent(), /nickname: “Mina” \(the question is no longer in the form\)/);
    assert.match(await notice.textContent(), /sex: “other” \(that option was removed\)/);
    assert.equal(await field(page, 'First name').inputValue(), 'Amina');

    // Kept, not dropped: still in the stored draft after the next save.
    await answer(page, 'Surname', 'Haddad');
    await savedOnDevice(page);
    const draft = JSON.parse((await storedDrafts(page))[0].value);
    assert.equal(draft.answers.nickname, 'Mina');
    assert.equal(draft.answers.sex, 'other');
    assert.equal(draft.form_version, '2.0.0');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('full storage: a clear message, the draft stays open, and it can be saved to a file', async () => {
  const { page, context, errors } = await open();
  try {
    await newDraft(page);
    await answer(page, 'First name', 'Amina');
    await savedOnDevice(page);
    // From now on every draft write fails as a full disk does.
    await page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key.startsWith('caseforms:v1:draft:')) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await answer(page, 'Surname', 'Haddad');
    const alert = page.getByRole('alert').filter({ hasText: "this device's storage is full" });
    await alert.waitFor();
    assert.equal(await field(page, 'Surname').inputValue(), 'Haddad');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Save to a file' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^caseforms-e2e_intake-[0-9a-f-]+\.json$/);
    const rescued = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.match(JSON.stringify(rescued), /"name_last":"Haddad"/);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('without usable storage the app works in memory and says so', async () => {
  const { page, context, errors } = await open({
    url: '/',
    init: () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  });
  try {
    const warning = page.getByRole('alert').filter({ hasText: 'Drafts are not kept on this device' });
    await warning.waitFor();
    await page.getByRole('link', { name: 'E2E intake', exact: true }).waitFor();
    await newDraft(page);
    await warning.waitFor();
    await answer(page, 'First name', 'Amina');
    await savedOnDevice(page);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a corrupt value is quarantined and reported, and the app still starts', async () => {
  const { page, context, errors } = await open({ url: '/' });
  try {
    await draftsList(page).waitFor();
    await page.getByRole('link', { name: 'E2E intake', exact: true }).waitFor();
    await page.evaluate(() =>
      localStorage.setItem('caseforms:v1:draft:e2e_intake:broken', '{"caseforms_draft": 1, "id": '),
    );
    await page.reload();
    await page.getByRole('link', { name: 'E2E intake', exact: true }).waitFor();
    const report = page.getByRole('alert').filter({ hasText: 'Some stored data could not be read' });
    await report.waitFor();
    assert.match(await report.textContent(), /caseforms:v1:draft:e2e_intake:broken/);
    await draftsList(page).getByText('No drafts on this device yet.').waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.ok(!keys.includes('caseforms:v1:draft:e2e_intake:broken'));
    assert.ok(keys.some((key) => key.startsWith('caseforms:v1:quarantine:') && key.endsWith('draft:e2e_intake:broken')));
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('the same draft in two tabs: the second is told and does not overwrite', async () => {
  const { page, context, errors } = await open();
  try {
    await newDraft(page);
    await answer(page, 'First name', 'Amina');
    await savedOnDevice(page);
    const other = await context.newPage();
    await other.goto(page.url());
    await other.getByRole('heading', { level: 1, name: 'E2E intake' }).waitFor();

    await answer(page, 'Surname', 'Haddad');
    await savedOnDevice(page);
    const conflict = other.getByRole('alert').filter({ hasText: 'This draft was changed in another tab or window' });
    await conflict.waitFor();

    // Typing on in the second tab saves nothing over the first tab's copy.
    await answer(other, 'Surname', 'Other');
    await other.waitForTimeout(1500);
    const draft = JSON.parse((await storedDrafts(page))[0].value);
    assert.equal(draft.answers.name_last, 'Haddad');
    assert.ok(await conflict.getByRole('button', { name: 'Keep this copy' }).isVisible());
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a required passphrase: set up, encrypted at rest, inactivity lock, wrong and right passphrase', async () => {
  const meta =
    '<meta name="caseforms-require-passphrase" content="true">' +
    '<meta name="caseforms-lock-minutes" content="0.1">';
  const { page, context, errors } = await open({ url: '/', meta });
  try {
    await page.getByRole('heading', { name: 'Set a passphrase' }).waitFor();
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, formatViolations(violations));
    await page.getByLabel('New passphrase').fill(PASSPHRASE);
    await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await draftsList(page).waitFor();
    await page.getByRole('link', { name: 'E2E intake', exact: true }).waitFor();

    // Every page load starts locked: the key lives only in the page's memory.
    await page.goto(server.url(`/?form=${FORM_PATH.slice(1)}`));
    await unlock(page, PASSPHRASE);
    await page.getByRole('heading', { level: 1, name: 'E2E intake' }).waitFor();
    await answer(page, 'First name', 'Amina');
    await savedOnDevice(page);
    const [stored] = await storedDrafts(page);
    assert.match(stored.value, /caseforms_sealed/);
    assert.doesNotMatch(stored.value, /Amina/);

    // 0.1 minutes without a key press: locked, and the form is gone from the page.
    await page.getByRole('heading', { name: 'Drafts are locked' }).waitFor({ timeout: 20_000 });
    assert.equal(await field(page, 'First name').count(), 0);

    await unlock(page, 'not the passphrase');
    await page.getByRole('alert').filter({ hasText: 'does not open the drafts' }).waitFor();
    assert.equal((await storedDrafts(page)).length, 1);

    await unlock(page, PASSPHRASE);
    await page.getByRole('heading', { level: 1, name: 'E2E intake' }).waitFor();
    assert.equal(await field(page, 'First name').inputValue(), 'Amina');

    // Forget this device, after a confirmation: every key of ours is gone.
    await page.goto(server.url('/'));
    await page.getByRole('heading', { name: 'Drafts are locked' }).waitFor();
    await page.getByRole('button', { name: 'Forget this device' }).click();
    await page.getByRole('button', { name: 'Yes, forget this device' }).click();
    await page.getByRole('heading', { name: 'Set a passphrase' }).waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.deepEqual(keys.filter((key) => key.startsWith('caseforms:')), []);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});
