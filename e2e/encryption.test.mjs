// Encryption at rest in the real window: it starts on an encrypted
// database by asking for the passphrase (a wrong one is refused by name),
// and Settings encrypts a plain one, after which the file opens only with it.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTER, startDriver, waitFor, withSession } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
const CLI = process.env.UNDERSIGNED_CLI;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);
if (!CLI || !existsSync(CLI)) throw new Error(`set UNDERSIGNED_CLI to the built CLI binary (got ${CLI})`);

const LIMIT = { timeout: 180_000 };
const PASS = 'correct horse battery staple';
const TITLE = 'Zebedee coalition statement';

let driver;
let scratch;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-e2e-'));
  driver = await startDriver();
});

after(async () => {
  await driver?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function cli(db, args, env = {}) {
  const clean = { ...process.env, UNDERSIGNED_DB_PASSPHRASE: '', UNDERSIGNED_DB_NEW_PASSPHRASE: '', ...env };
  for (const name of ['UNDERSIGNED_DB_PASSPHRASE', 'UNDERSIGNED_DB_NEW_PASSPHRASE']) if (!clean[name]) delete clean[name];
  return spawnSync(CLI, ['--db', db, ...args], { encoding: 'utf8', env: clean, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Whether `text` can be read anywhere in the database's files or its backups. */
function readableAnywhere(db, text) {
  const files = [db, `${db}-wal`].filter(existsSync);
  const backups = join(db, '..', 'backups', 'db.sqlite3');
  if (existsSync(backups)) files.push(...readdirSync(backups).map((f) => join(backups, f)));
  return files.some((f) => readFileSync(f).includes(Buffer.from(text)));
}

const visibleText = (app) => app.execute('return document.body.innerText');

test('the window starts on an encrypted database by asking for its passphrase', LIMIT, async () => {
  mkdirSync(join(scratch, 'locked'));
  const db = join(scratch, 'locked', 'db.sqlite3');
  assert.equal(cli(db, ['statements', 'create', '--title', TITLE]).status, 0);
  const encrypted = cli(db, ['db', 'encrypt'], { UNDERSIGNED_DB_NEW_PASSPHRASE: PASS });
  assert.equal(encrypted.status, 0, encrypted.stderr);
  assert.equal(readableAnywhere(db, TITLE), false);

  await withSession(driver, APP, ['--db', db], 'encrypted-start', async (app) => {
    const field = await app.waitFor('css selector', '[data-testid=unlock-passphrase]');
    assert.ok(!(await visibleText(app)).includes(TITLE), 'nothing shows before the passphrase');
    await field.type('not the passphrase at all');
    await app.press(ENTER);
    await waitFor('the refusal', async () => /Wrong passphrase/.test(await visibleText(app)));
    const again = await app.waitFor('css selector', '[data-testid=unlock-passphrase]');
    await again.type(PASS);
    await app.press(ENTER);
    await waitFor('the statements', async () => (await app.innerText('ul[aria-label="Statements"]'))?.includes(TITLE));
    // Settings says the file is encrypted.
    await (await app.button('Settings')).click();
    await waitFor('the encryption panel', async () =>
      /is encrypted|are encrypted/.test((await app.execute('return document.querySelector("[data-testid=encryption-state]")?.innerText ?? ""')) ?? ''),
    );
  });
  assert.equal(readableAnywhere(db, TITLE), false, 'the window wrote nothing in plain text');
});

test('Settings encrypts a plain database, which then opens only with the passphrase', LIMIT, async () => {
  mkdirSync(join(scratch, 'plain'));
  const db = join(scratch, 'plain', 'db.sqlite3');
  assert.equal(cli(db, ['statements', 'create', '--title', TITLE]).status, 0);
  assert.equal(cli(db, ['backup', 'create']).status, 0);
  assert.ok(readableAnywhere(db, TITLE), 'plain to start with (the check can fail)');

  await withSession(driver, APP, ['--db', db], 'encrypt-in-settings', async (app) => {
    await waitFor('the statements', async () => (await app.innerText('ul[aria-label="Statements"]'))?.includes(TITLE));
    await (await app.button('Settings')).click();
    await (await app.waitFor('css selector', '[data-testid=encrypt-start]')).click();
    await (await app.waitFor('css selector', '[data-testid=encrypt-passphrase]')).type(PASS);
    await (await app.waitFor('css selector', '[data-testid=encrypt-again]')).type(PASS);
    await (await app.button('Encrypt')).click();
    // The window opens again on the encrypted file; its list is still there.
    await waitFor('encrypted', async () => /Encrypted/.test(await visibleText(app)), 30_000);
    await waitFor('the statements again', async () => (await app.innerText('ul[aria-label="Statements"]'))?.includes(TITLE), 30_000);
  });
  assert.equal(readableAnywhere(db, TITLE), false, 'no statement readable in the file, its log or its backup');
  const without = cli(db, ['statements', 'list']);
  assert.equal(without.status, 1);
  assert.match(without.stderr, /is encrypted/);
  const withIt = cli(db, ['statements', 'list'], { UNDERSIGNED_DB_PASSPHRASE: PASS });
  assert.equal(withIt.status, 0, withIt.stderr);
  assert.match(withIt.stdout, new RegExp(TITLE));
});
