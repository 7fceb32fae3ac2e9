// Files through the real window: the shell opens every save and open dialog
// itself, so the page never names a path. WebDriver cannot drive the
// toolkit's dialogs, so the app is started with UNDERSIGNED_TEST_DIALOGS
// naming a file of answers (src-tauri/src/dialogs.rs), which the test fills
// before each click. The files are then checked on disk by other programs:
// pdftotext reads the PDF, minisign checks its signature with the saved key.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL, startDriver, waitFor, withSession } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
const CLI = process.env.UNDERSIGNED_CLI;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);
if (!CLI || !existsSync(CLI)) throw new Error(`set UNDERSIGNED_CLI to the built CLI binary (got ${CLI})`);

const LIMIT = { timeout: 180_000 };
const PASSPHRASE = 'a long passphrase';
let driver;
let scratch;
let answers;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-e2e-dialogs-'));
  answers = join(scratch, 'answers.json');
  writeFileSync(answers, '[]');
  // tauri-driver, WebKitWebDriver and the app inherit this environment.
  process.env.UNDERSIGNED_TEST_DIALOGS = answers;
  driver = await startDriver();
});

after(async () => {
  await driver?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const cli = (db, ...args) => execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8' });
const cliJson = (db, ...args) => JSON.parse(cli(db, '--json', ...args));

/** The answers the next dialogs get, in order: a path, or null (cancelled). */
const answer = (...paths) => writeFileSync(answers, JSON.stringify(paths));
/** Waits until every answer given has been taken by a dialog. */
const taken = () => waitFor('the dialogs to take their answers', () => JSON.parse(readFileSync(answers, 'utf8')).length === 0);

const notice = (app, text) => app.waitFor('xpath', `//*[normalize-space(.)=${JSON.stringify(text)}]`);

test('export a signed PDF and an .eml, save the public key and check the PDF, all through dialogs the shell opens', LIMIT, async () => {
  const db = join(scratch, 'files.sqlite3');
  const statement = cliJson(db, 'statements', 'create', '--title', 'Stop the deportations');
  cli(db, 'endorsements', 'add', statement.id, '--org', 'Kalayaan Migrant Centre', '--status', 'confirmed');
  const sheet = join(scratch, 'contacts.csv');
  writeFileSync(sheet, 'Organization,Country,Email\nRed Migrante,Mexico,red@example.org\n');
  cli(db, 'contacts', 'import', sheet);
  cli(db, 'invitations', 'create', statement.id, '--country', 'MX');

  const out = join(scratch, 'Chosen folder');
  mkdirSync(out);
  const pdf = join(out, 'stop.pdf');
  const pub = join(out, 'coalition.pub');
  const mail = join(scratch, 'Outbox');
  mkdirSync(mail);

  await withSession(driver, APP, ['--db', db], 'dialogs', async (app) => {
    // The key, and its public half saved where the dialog answered.
    await (await app.button('Settings')).click();
    await (await app.waitFor('xpath', "//label[contains(., 'Organization (named in every signature)')]/input")).type('Coalition for Migrants’ Rights');
    await (await app.waitFor('xpath', "//label[contains(., 'Passphrase (at least 8 characters)')]/input")).type(PASSPHRASE);
    await (await app.waitFor('xpath', "//label[contains(., 'The same passphrase again')]/input")).type(PASSPHRASE);
    await (await app.button('Make the key')).click();
    await app.waitFor('css selector', '[data-testid="key-id"]');
    answer(pub);
    await (await app.button('Save public key…')).click();
    await notice(app, 'Saved coalition.pub.');
    assert.match(readFileSync(pub, 'utf8'), /^untrusted comment: minisign public key/);

    // A cancelled save writes nothing and says nothing.
    await (await app.button('Statements')).click();
    await (await app.button('Open “Stop the deportations”')).click();
    await (await app.waitFor('css selector', '#tab-export')).click();
    await (await app.waitFor('xpath', "//label[contains(., 'Key passphrase')]/input")).type(PASSPHRASE);
    answer(null);
    await (await app.button('Save…')).click();
    await taken();
    await waitFor('the Save button back', () => app.execute("return [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Save…' && !b.disabled)"));
    assert.deepEqual(readdirSync(out), ['coalition.pub'], 'nothing written');

    // The signed PDF, where the dialog answered; the page names only the file.
    answer(pdf);
    await (await app.button('Save…')).click();
    const saved = await app.waitFor('xpath', "//*[starts-with(normalize-space(.), 'Saved stop.pdf and its signature stop.pdf.minisig')]");
    assert.ok(!(await saved.text()).includes(out), 'the page is not told the folder’s path');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    assert.match(text, /Stop the deportations/);
    assert.match(text, /Kalayaan Migrant Centre/, 'the PDF names the signatory');
    execFileSync('minisign', ['-Vm', pdf, '-p', pub], { encoding: 'utf8' });

    // One .eml per open invitation, into the folder the dialog answered.
    await (await app.waitFor('css selector', '#tab-outreach')).click();
    answer(mail);
    await (await app.button('Save 1 message as .eml…')).click();
    await notice(app, 'Saved 1 message in Outbox.');
    const emls = readdirSync(mail).filter((name) => name.endsWith('.eml'));
    assert.equal(emls.length, 1, `${readdirSync(mail)}`);
    assert.match(readFileSync(join(mail, emls[0]), 'utf8'), /red@example\.org/);

    // The exported PDF checked: with our key; changed by a byte; then, as
    // signed, with the .pub saved above. Each verdict differs from the one
    // before, so each is known to be fresh.
    const verdictIs = (authentic) =>
      waitFor(`an ${authentic ? 'authentic' : 'unauthentic'} verdict`, () =>
        app.execute(
          'const v = document.querySelector("[data-testid=verdict]"); return v && v.classList.contains(arguments[0]) ? v.innerText : null;',
          [authentic ? 'ok' : 'bad'],
        ),
      );
    await (await app.button('Settings')).click();
    answer(pdf);
    await (await app.button('Check a file signed with our key…')).click();
    let shown = await verdictIs(true);
    assert.match(shown, /^stop\.pdf: Authentic/);
    assert.ok(!shown.includes(out), 'the verdict names the file, not its folder');

    const signed = readFileSync(pdf);
    writeFileSync(pdf, Buffer.concat([signed, Buffer.from(' ')]));
    answer(pdf);
    await (await app.button('Check a file signed with our key…')).click();
    shown = await verdictIs(false);
    assert.match(shown, /^stop\.pdf: NOT authentic/);

    writeFileSync(pdf, signed);
    answer(pdf, pub);
    await (await app.button('Check with another organization’s public key…')).click();
    shown = await verdictIs(true);
    await taken();
    await app.press(CONTROL, 'q');
  });
});
