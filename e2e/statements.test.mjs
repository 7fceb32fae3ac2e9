// The real app, a real database file, real clicks: statements survive a
// restart, and a delete can be undone.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL, ENTER, Session, startDriver, waitFor } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
const CLI = process.env.UNDERSIGNED_CLI;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);
if (!CLI || !existsSync(CLI)) throw new Error(`set UNDERSIGNED_CLI to the built CLI binary (got ${CLI})`);

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

/** Opens the app on `db`, runs `work`, and always closes it; a failure leaves a screenshot. */
async function withApp(name, db, work) {
  const session = await Session.start(driver, APP, ['--db', db]);
  try {
    await work(session);
  } catch (err) {
    const shot = await session.screenshot(`${name}-failure`).catch(() => null);
    if (shot) err.message += `\n  screenshot: ${shot}`;
    throw err;
  } finally {
    await session.end();
  }
}

async function listText(session) {
  return (await session.innerText('ul[aria-label="Statements"]')) ?? '';
}

function cliJson(db, ...args) {
  return JSON.parse(execFileSync(CLI, ['--db', db, '--json', ...args], { encoding: 'utf8' }));
}

test('a statement created in the window is listed again after a restart', async () => {
  const db = join(scratch, 'restart.sqlite3');
  const title = 'Joint statement on the rights of migrant workers';

  await withApp('create', db, async (app) => {
    await app.button('Start a statement');
    await (await app.button('New statement')).click();
    const field = await app.field('Title of the new statement');
    await field.type(title + ENTER);
    await waitFor('the new statement in the list', async () => (await listText(app)).includes(title));
    assert.ok(statSync(`${db}-wal`).size > 0, 'the new row sits in the write-ahead log');
    await app.press(CONTROL, 'q');
  });

  assert.ok(existsSync(db), 'the database file was written');
  // Quitting with Ctrl+Q folds the write-ahead log into the main file, so
  // copying that one file is a complete backup.
  const wal = `${db}-wal`;
  await waitFor('the log to be folded in on quit', async () => !existsSync(wal) || statSync(wal).size === 0);
  await withApp('restart', db, async (app) => {
    const text = await waitFor('the list after restart', async () => {
      const t = await listText(app);
      return t.includes(title) && t;
    });
    assert.match(text, /Draft/);
  });

  const stored = cliJson(db, 'statements', 'list');
  assert.deepEqual(stored.map((s) => s.title), [title]);
});

test('a deleted statement comes back with Undo', async () => {
  const db = join(scratch, 'undo.sqlite3');
  cliJson(db, 'statements', 'create', '--title', 'Open letter to the ministers');
  cliJson(db, 'statements', 'create', '--title', 'Declaration of solidarity');

  await withApp('undo', db, async (app) => {
    await waitFor('seeded statements', async () => (await listText(app)).includes('Open letter to the ministers'));
    await (await app.button('Delete “Open letter to the ministers”')).click();

    // The offer fades in; its text counts as visible once it has.
    const toast = await app.waitFor('css selector', '[role="status"]');
    await waitFor('the undo offer to show', async () =>
      /Moved “Open letter to the ministers” to the trash\./.test(await toast.text()),
    );
    await waitFor('the row to leave the list', async () => !(await listText(app)).includes('Open letter'));
    assert.equal(cliJson(db, 'statements', 'list', '--trash').length, 1, 'it is in the trash');

    await (await app.button('Undo')).click();
    await waitFor('the row to come back', async () => (await listText(app)).includes('Open letter to the ministers'));
  });

  const live = cliJson(db, 'statements', 'list').map((s) => s.title).sort();
  assert.deepEqual(live, ['Declaration of solidarity', 'Open letter to the ministers']);
  assert.equal(cliJson(db, 'statements', 'list', '--trash').length, 0);
});

test('renaming in the window is saved', async () => {
  const db = join(scratch, 'rename.sqlite3');
  const made = cliJson(db, 'statements', 'create', '--title', 'Untitled draft');

  await withApp('rename', db, async (app) => {
    await (await app.button('Rename “Untitled draft”')).click();
    const field = await app.field('New title for “Untitled draft”');
    await field.clear();
    await field.type('Untitled draft on climate justice' + ENTER);
    await waitFor('the new title', async () => (await listText(app)).includes('Untitled draft on climate justice'));
  });

  assert.equal(cliJson(db, 'statements', 'show', made.id).title, 'Untitled draft on climate justice');
});

test('a statement deleted earlier is restored from the Trash', async () => {
  const db = join(scratch, 'trash.sqlite3');
  const made = cliJson(db, 'statements', 'create', '--title', 'Statement from last week');
  cliJson(db, 'statements', 'delete', made.id);

  await withApp('trash', db, async (app) => {
    await app.button('Start a statement'); // the list is empty: the only statement is in the trash
    await (await app.button('Trash')).click();
    await waitFor('the trash list', async () =>
      ((await app.innerText('ul[aria-label="Trash"]')) ?? '').includes('Statement from last week'),
    );
    await (await app.button('Restore “Statement from last week”')).click();
    await app.waitFor('xpath', '//h2[normalize-space(.)="The trash is empty"]');
    await (await app.button('Back to statements')).click();
    await waitFor('the restored statement', async () => (await listText(app)).includes('Statement from last week'));
  });

  assert.equal(cliJson(db, 'statements', 'show', made.id).deletedAt, null);
});

test('a file that is not a database gets a clear page, and is left alone', async () => {
  const junkPath = join(scratch, 'holiday-photo.jpg');
  const junk = Buffer.alloc(20_000, 0xd8);
  writeFileSync(junkPath, junk);

  await withApp('not-a-database', junkPath, async (app) => {
    const heading = await app.waitFor('xpath', '//h1[normalize-space(.)="Undersigned cannot open its database"]');
    assert.ok(heading);
    const message = await app.innerText('.fatal-message');
    assert.match(message, /holiday-photo\.jpg is not an Undersigned database/);
  });

  assert.deepEqual(readFileSync(junkPath), junk, 'the file was not changed');
});
