// Sign-ons in the real window: a pasted list reviewed (a known organization
// found by its acronym, a repeated line caught) and added; one confirmed
// from its row; the count on the overview; a sign-on added by the command
// line while the window is open shows when the list next loads.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL, startDriver, waitFor, withSession } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
const CLI = process.env.UNDERSIGNED_CLI;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);
if (!CLI || !existsSync(CLI)) throw new Error(`set UNDERSIGNED_CLI to the built CLI binary (got ${CLI})`);

const LIMIT = { timeout: 150_000 };
let driver;
let scratch;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-e2e-endorsements-'));
  driver = await startDriver();
});

after(async () => {
  await driver?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const cliJson = (db, ...args) => JSON.parse(execFileSync(CLI, ['--db', db, '--json', ...args], { encoding: 'utf8' }));
const text = (app, selector) => app.innerText(selector).then((t) => t ?? '');

const LIST = [
  '1. MFMW – Hong Kong',
  '2. Red de Mujeres Migrantes — Perú',
  '3. Asociación Rumiñahui, Spain',
  '4. Red de Mujeres Migrantes — Peru',
].join('\n');

test('paste a list, review it, add it, confirm one and count it', LIMIT, async () => {
  const db = join(scratch, 'signons.sqlite3');
  const statement = cliJson(db, 'statements', 'create', '--title', 'Stop the deportations');
  const sheet = join(scratch, 'contacts.csv');
  writeFileSync(sheet, 'Organization,Acronym,Country\nMission for Migrant Workers,MFMW,Hong Kong\n');
  execFileSync(CLI, ['--db', db, 'contacts', 'import', sheet]);

  await withSession(driver, APP, ['--db', db], 'endorsements', async (app) => {
    await (await app.button('Open “Stop the deportations”')).click();
    await (await app.waitFor('css selector', '#tab-signatories')).click();
    await app.waitFor('xpath', "//h2[normalize-space(.)='No sign-ons yet']");

    await (await app.waitFor('xpath', "//div[@class='toolbar' or contains(@class,'toolbar')]//button[normalize-space(.)='Paste a list…']")).click();
    const box = await app.waitFor('css selector', '.intake-dialog textarea');
    await app.execute(
      'const t = document.querySelector(".intake-dialog textarea"); t.value = arguments[0]; t.dispatchEvent(new Event("input", { bubbles: true }));',
      [LIST],
    );
    await box.click();
    await (await app.button('Review')).click();
    await app.waitFor('css selector', '[data-testid="intake-counts"]');
    assert.match(await text(app, '[data-testid="intake-counts"]'), /1 known, 2 new, 0 already signed, 1 duplicate/);
    const review = await text(app, '.intake-dialog .report');
    const known = await app.execute(
      'return document.querySelector(\'.intake-dialog .report tr[data-row="1"] select option\').textContent',
    );
    assert.match(known, /Linked to “Mission for Migrant Workers” \(acronym MFMW\)/);
    // A line that is only a known acronym prints the full name with it.
    assert.match(review, /Mission for Migrant Workers \(MFMW\) \(Hong Kong\)/);
    assert.match(review, /Same as row 2/);
    assert.match(await text(app, '[data-testid="intake-visibility"]'), /3 named, 0 by organization only, 0 counted only/);
    assert.equal(cliJson(db, 'endorsements', 'list', statement.id).length, 0, 'the review wrote nothing');

    await (await app.button('Add 3 signatories')).click();
    await waitFor('the intake to finish', async () => (await text(app, '[data-testid="intake-done"]')).includes('Added 3 signatories'));
    await (await app.button('Close')).click();
    await waitFor('the list', async () => (await text(app, '.virtual-viewport')).includes('Red de Mujeres Migrantes'));
    const listed = cliJson(db, 'endorsements', 'list', statement.id);
    assert.deepEqual(listed.map((e) => e.status), ['pending', 'pending', 'pending']);
    assert.ok(
      listed.some((e) => e.name === 'Mission for Migrant Workers (MFMW)' && e.organizationId),
      'linked to the stored contact, printed with its full name',
    );

    // Confirm one from its row.
    const row = await app.waitFor(
      'xpath',
      "//div[contains(@class,'signatory-row')][.//span[contains(@class,'name') and normalize-space(.)='Asociación Rumiñahui']]//button[normalize-space(.)='Confirm']",
    );
    await row.click();
    await waitFor('the confirmation', () =>
      cliJson(db, 'endorsements', 'list', statement.id, '--status', 'confirmed').length === 1,
    );

    // The command line adds one while the window is open.
    cliJson(db, 'endorsements', 'add', statement.id, '--org', 'Kalayaan', '--country', 'GB', '--status', 'confirmed');

    await (await app.waitFor('css selector', '#tab-overview')).click();
    await waitFor('the count', async () =>
      (await text(app, '[data-testid="signed-by"]')) === '2 organizations and 0 individuals from 2 countries',
    );
    assert.equal(await text(app, '[data-testid="count-pending"]'), '2');
    await (await app.waitFor('css selector', '#tab-signatories')).click();
    await waitFor('the sign-on from the command line', async () => (await text(app, '.virtual-viewport')).includes('Kalayaan'));
    await app.screenshot('signatories');
    await app.press(CONTROL, 'q');
  });
});

const FORM = [
  '\uFEFFTimestamp,Email Address,Organization,Country,Are you signing as an organization or individual?,Contact person,Position',
  '2026/11/20 10:15:00 AM GMT,info@kalayaan.org.uk,Kalayaan,United Kingdom,Organization,Marissa,Director',
  '2026/11/20 11:00:00 AM GMT,ana@example.org,Red Solidaria,Perú,Organization,Ana,',
  '2026/11/21 09:00:00 AM GMT,ana@example.org,Red Solidaria,Peru,Organization,Ana,',
].join('\r\n');

test('invite three, confirm one sign-on and see its invitation signed; take in a form export', LIMIT, async () => {
  const db = join(scratch, 'outreach.sqlite3');
  const statement = cliJson(db, 'statements', 'create', '--title', 'Stop the deportations');
  const sheet = join(scratch, 'network.csv');
  writeFileSync(
    sheet,
    'Organization,Country,Tags\nMission for Migrant Workers,Hong Kong,network\nMigrante International,Philippines,network\nKalayaan,United Kingdom,network\nOther Group,France,\n',
  );
  execFileSync(CLI, ['--db', db, 'contacts', 'import', sheet]);
  const form = join(scratch, 'responses.csv');
  writeFileSync(form, FORM);

  await withSession(driver, APP, ['--db', db], 'outreach', async (app) => {
    await (await app.button('Open “Stop the deportations”')).click();
    await (await app.waitFor('css selector', '#tab-outreach')).click();
    await (await app.button('Invite')).click();
    await (await app.waitFor('xpath', "//form[contains(@class,'invite')]//label[contains(., 'With any of these tags')]/input")).type('network');
    await (await app.waitFor('xpath', "//form[contains(@class,'invite')]//button[@type='submit']")).click();
    await waitFor('three invitations', async () => (await text(app, '[data-testid="invitations"]')).split('Invited').length - 1 >= 3);
    assert.equal(cliJson(db, 'invitations', 'list', statement.id).length, 3);

    // A sign-on from Kalayaan, picked from the contacts as it is typed.
    await (await app.waitFor('css selector', '#tab-signatories')).click();
    await (await app.button('Add signatory')).click();
    const name = await app.waitFor('xpath', "//aside[contains(@class,'signatory-form')]//label[contains(., 'Name as printed')]/input");
    await name.type('Kalay');
    // The name field is a combobox: the arrow key reaches the suggestion, Enter takes it.
    await app.waitFor('xpath', "//ul[contains(@class,'suggestions')]//li[@role='option'][contains(., 'Kalayaan')]");
    await name.type('\uE015');
    await name.type('\uE007');
    await waitFor('the contact taken', async () => (await text(app, '.signatory-form .hint')).includes('From contacts: Kalayaan'));
    await (await app.waitFor('xpath', "//aside[contains(@class,'signatory-form')]//button[normalize-space(.)='Add']")).click();
    await waitFor('the sign-on', async () => (await text(app, '.virtual-viewport')).includes('Kalayaan'));
    const pendingOne = cliJson(db, 'endorsements', 'list', statement.id)[0];
    assert.equal(pendingOne.status, 'pending');
    assert.ok(pendingOne.organizationId, 'made from the stored contact');
    await (await app.waitFor('xpath', "//div[contains(@class,'signatory-row')][.//span[normalize-space(.)='Kalayaan']]//button[normalize-space(.)='Confirm']")).click();
    await waitFor('the confirmation', () => cliJson(db, 'endorsements', 'list', statement.id, '--status', 'confirmed').length === 1);

    await (await app.waitFor('css selector', '#tab-outreach')).click();
    await waitFor('the invitation signed', async () => /Kalayaan[\s\S]*Signed/.test(await text(app, '[data-testid="invitations"]')));
    await (await app.waitFor('css selector', '#tab-overview')).click();
    await waitFor('the counts', async () => (await text(app, '[data-testid="signed-by"]')).startsWith('1 organization and 0 individuals from 1 country'));

    // A form export through the mapping and the review.
    await (await app.waitFor('css selector', '#tab-signatories')).click();
    await (await app.button('Import a file…')).click();
    await (await app.waitFor('css selector', '.intake-dialog input[type=file]')).type(form);
    // The columns are guessed, with their reasons, in the review itself.
    await app.waitFor('css selector', '.intake-dialog table.mapping');
    const guessed = await app.execute('return [...document.querySelectorAll(".intake-dialog table.mapping select")].map((s) => s.value)');
    assert.deepEqual(guessed, ['received', 'email', 'organization', 'country', 'kind', 'person', 'role']);
    assert.match(await text(app, '.intake-dialog table.mapping'), /Why: the header says “country”/);
    await app.waitFor('css selector', '[data-testid="intake-counts"]');
    assert.match(await text(app, '[data-testid="intake-counts"]'), /0 known, 1 new, 1 already signed, 1 duplicate/);
    await (await app.button('Add 1 signatory')).click();
    await waitFor('the form rows', async () => (await text(app, '[data-testid="intake-done"]')).includes('Added 1 signatory'));
    await (await app.button('Close')).click();
    const all = cliJson(db, 'endorsements', 'list', statement.id);
    assert.deepEqual(all.map((e) => e.name).sort(), ['Kalayaan', 'Red Solidaria']);
    assert.equal(all.find((e) => e.name === 'Red Solidaria').receivedOn, '2026-11-20');
    await app.press(CONTROL, 'q');
  });
});
