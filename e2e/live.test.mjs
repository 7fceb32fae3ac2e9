// The window follows the file: sign-ons and contacts the command line adds
// while the window is open appear in the open view, counts and all, within
// a moment and with no click; what the organizer is typing meanwhile stays,
// and so does it when the window's own edit is saved.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL, sleep, startDriver, waitFor, withSession } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
const CLI = process.env.UNDERSIGNED_CLI;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);
if (!CLI || !existsSync(CLI)) throw new Error(`set UNDERSIGNED_CLI to the built CLI binary (got ${CLI})`);

const LIMIT = { timeout: 150_000 };
/** How long a change from elsewhere may take to show: the watcher looks every 0.7 s. */
const SOON = 4000;
let driver;
let scratch;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-e2e-live-'));
  driver = await startDriver();
});

after(async () => {
  await driver?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const cliJson = (db, ...args) => JSON.parse(execFileSync(CLI, ['--db', db, '--json', ...args], { encoding: 'utf8' }));
const text = (app, selector) => app.innerText(selector).then((t) => t ?? '');
const valueOf = (app, selector) =>
  app.execute('const el = document.querySelector(arguments[0]); return el ? el.value : null;', [selector]);

test('sign-ons and contacts from the command line appear with no click, and typing here stays', LIMIT, async () => {
  const db = join(scratch, 'live.sqlite3');
  const statement = cliJson(db, 'statements', 'create', '--title', 'Stop the deportations');
  cliJson(db, 'endorsements', 'add', statement.id, '--org', 'Mission for Migrant Workers', '--country', 'HK');

  await withSession(driver, APP, ['--db', db], 'live', async (app) => {
    await (await app.button('Open “Stop the deportations”')).click();
    await (await app.waitFor('css selector', '#tab-signatories')).click();
    await waitFor('the first sign-on', async () => (await text(app, '.virtual-viewport')).includes('Mission for Migrant Workers'));
    assert.equal(await text(app, '[data-testid="signatory-count"]'), '1 signatory');

    // The organizer starts adding one by hand.
    await (await app.button('Add signatory')).click();
    const nameBox = '.signatory-form input[role="combobox"]';
    await (await app.waitFor('css selector', nameBox)).type('Kalay');

    // The command line adds one meanwhile.
    cliJson(db, 'endorsements', 'add', statement.id, '--org', 'Red de Mujeres Migrantes', '--country', 'PE', '--status', 'confirmed');
    await waitFor(
      'the sign-on from the command line, with no click',
      async () => (await text(app, '.virtual-viewport')).includes('Red de Mujeres Migrantes'),
      SOON,
    );
    await waitFor('the new count', async () => (await text(app, '[data-testid="signatory-count"]')) === '2 signatories', SOON);
    assert.equal(await valueOf(app, nameBox), 'Kalay', 'the half-typed name stays');

    // The window's own edit: confirming a row is saved, and its echo resets nothing.
    await (
      await app.waitFor(
        'xpath',
        "//div[contains(@class,'signatory-row')][.//span[contains(@class,'name') and normalize-space(.)='Mission for Migrant Workers']]//button[normalize-space(.)='Confirm']",
      )
    ).click();
    await waitFor('the confirmation', () => cliJson(db, 'endorsements', 'list', statement.id, '--status', 'confirmed').length === 2);
    await sleep(2500);
    assert.equal(await valueOf(app, nameBox), 'Kalay', 'the half-typed name stays after the window saved');
    await (await app.waitFor('css selector', nameBox)).type('aan');
    assert.equal(await valueOf(app, nameBox), 'Kalayaan');

    // The overview counts what the command line adds while it is open.
    await (await app.waitFor('css selector', '#tab-overview')).click();
    await waitFor('the overview', async () =>
      (await text(app, '[data-testid="signed-by"]')) === '2 organizations and 0 individuals from 2 countries',
    );
    cliJson(db, 'endorsements', 'add', statement.id, '--org', 'Kalayaan', '--country', 'GB', '--status', 'confirmed');
    await waitFor(
      'the overview to count the new sign-on, with no click',
      async () => (await text(app, '[data-testid="signed-by"]')) === '3 organizations and 0 individuals from 3 countries',
      SOON,
    );
    assert.equal(await text(app, '[data-testid="count-confirmed"]'), '3');

    // Contacts: each sign-on above made one; the command line imports another.
    await (await app.button('Contacts')).click();
    await waitFor('the contacts', async () => (await text(app, '.page-sub')).includes('3 organizations'));
    await (await app.button('New organization')).click();
    const orgName = '.contact-panel input[name="name"]';
    await (await app.waitFor('css selector', orgName)).type('Asociación Rumi');
    const sheet = join(scratch, 'more.csv');
    writeFileSync(sheet, 'Organization,Country\nMigrante International,Philippines\n');
    execFileSync(CLI, ['--db', db, 'contacts', 'import', sheet]);
    await waitFor(
      'the imported contact, with no click',
      async () => (await text(app, '.virtual-viewport')).includes('Migrante International'),
      SOON,
    );
    await waitFor('the new count', async () => (await text(app, '.page-sub')).includes('4 organizations'), SOON);
    assert.equal(await valueOf(app, orgName), 'Asociación Rumi', 'the half-typed contact stays');
    await app.screenshot('live');
    await app.press(CONTROL, 'q');
  });
});
