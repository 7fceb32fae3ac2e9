// The real app, a real database file, real clicks: statements survive a
// restart, a delete can be undone, rows the CLI adds show up, long titles can
// be read whole from the keyboard.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL, ENTER, ESCAPE, TAB, startDriver, waitFor, withSession } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
const CLI = process.env.UNDERSIGNED_CLI;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);
if (!CLI || !existsSync(CLI)) throw new Error(`set UNDERSIGNED_CLI to the built CLI binary (got ${CLI})`);

// A test that hangs fails after this long; the driver and its apps still end in `after`.
const LIMIT = { timeout: 120_000 };

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
function withApp(name, db, work) {
  return withSession(driver, APP, ['--db', db], name, work);
}

async function listText(session) {
  return (await session.innerText('ul[aria-label="Statements"]')) ?? '';
}

function cliJson(db, ...args) {
  return JSON.parse(execFileSync(CLI, ['--db', db, '--json', ...args], { encoding: 'utf8' }));
}

test('a statement created in the window is listed again after a restart', LIMIT, async () => {
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

test('a deleted statement comes back with Undo', LIMIT, async () => {
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

test('renaming in the window is saved', LIMIT, async () => {
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

test('a statement deleted earlier is restored from the Trash', LIMIT, async () => {
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

test('a file that is not a database gets a clear page, and is left alone', LIMIT, async () => {
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

test('a statement added with the CLI shows when the window gets focus again', LIMIT, async () => {
  const db = join(scratch, 'focus.sqlite3');
  cliJson(db, 'statements', 'create', '--title', 'Made before the window opened');

  await withApp('refresh-on-focus', db, async (app) => {
    await waitFor('the first statement', async () => (await listText(app)).includes('Made before the window opened'));
    cliJson(db, 'statements', 'create', '--title', 'Added with the CLI while the window was open');
    // What the window sees when the organizer switches back to it.
    await app.execute("window.dispatchEvent(new Event('focus'));");
    await waitFor('the statement from the CLI', async () =>
      (await listText(app)).includes('Added with the CLI while the window was open'),
    );
  });
});

test('a statement added with the CLI appears by itself, without a click or a focus change', LIMIT, async () => {
  const db = join(scratch, 'live.sqlite3');
  cliJson(db, 'statements', 'create', '--title', 'Already there');

  await withApp('live-refresh', db, async (app) => {
    await waitFor('the first statement', async () => (await listText(app)).includes('Already there'));
    // Focus and visibility changes, which also reload the list, stop here, so
    // only the watcher can bring the new row in.
    await app.execute(`
      const stop = (event) => event.stopImmediatePropagation();
      window.addEventListener('focus', stop, true);
      document.addEventListener('visibilitychange', stop, true);
    `);
    cliJson(db, 'statements', 'create', '--title', 'Written by the command line just now');
    await waitFor(
      'the statement from the CLI',
      async () => (await listText(app)).includes('Written by the command line just now'),
      5_000,
    );
  });
});

test('a long title is shown whole on hover and on keyboard focus, without moving the rows', LIMIT, async () => {
  const db = join(scratch, 'long-title.sqlite3');
  const title =
    'Joint statement of migrant, refugee and diaspora organizations from forty countries on the ' +
    'protection of seasonal agricultural workers, the right to change employer, and access to justice';
  cliJson(db, 'statements', 'create', '--title', 'Short one below');
  cliJson(db, 'statements', 'create', '--title', title); // newest, so first in the list

  await withApp('long-title', db, async (app) => {
    await waitFor('the statements', async () => (await listText(app)).includes('Short one below'));
    const measure = () =>
      app.execute(`
        const row = document.querySelector('.statement-row');
        const title = row.querySelector('.row-title');
        const full = row.querySelector('.row-title-full');
        const shown = full !== null && getComputedStyle(full).display !== 'none';
        return {
          cut: title.scrollWidth > title.clientWidth + 1,
          lineHeight: title.getBoundingClientRect().height,
          rowHeight: row.getBoundingClientRect().height,
          shown,
          whole: shown && full.innerText === arguments[0] && full.scrollWidth <= full.clientWidth + 1,
          fullHeight: shown ? full.getBoundingClientRect().height : 0,
        };
      `, [title]);
    const before = await measure();
    assert.ok(before.cut, 'the title starts cut short');
    assert.ok(!before.shown, 'nothing lies over the list at first');

    await (await app.waitFor('css selector', '.statement-row .row-title')).hover();
    const hovered = await waitFor('the whole title on hover', async () => {
      const now = await measure();
      return now.shown && now;
    });
    assert.ok(hovered.whole, 'hovering shows the whole title');
    assert.ok(hovered.fullHeight > before.lineHeight * 1.5, 'over more than one line');
    await (await app.waitFor('xpath', '//h1')).hover();
    await waitFor('the whole title to go with the pointer', async () => !(await measure()).shown);

    // Real Tab presses, as a keyboard user would reach the row.
    const rename = `Rename “${title}”`;
    await waitFor(
      'Tab to reach the Rename button',
      async () => {
        await app.press(TAB);
        return (await app.execute('return document.activeElement?.getAttribute("aria-label");')) === rename;
      },
      10_000,
    );
    const focused = await measure();
    assert.ok(focused.shown && focused.whole, 'keyboard focus in the row shows the whole title');
    assert.equal(focused.rowHeight, before.rowHeight, 'the row keeps its height, so nothing below moves');

    // A click aimed at the next row lands there, though focus leaves the first one.
    await (await app.button('Rename “Short one below”')).click();
    await app.field('New title for “Short one below”', 5000);
  });
});

test('Ctrl+N during a rename asks before dropping the new title', LIMIT, async () => {
  const db = join(scratch, 'rename-then-new.sqlite3');
  const made = cliJson(db, 'statements', 'create', '--title', 'Statement on housing');

  await withApp('rename-then-new', db, async (app) => {
    await (await app.button('Rename “Statement on housing”')).click();
    const field = await app.field('New title for “Statement on housing”');
    await field.clear();
    await field.type('Statement on housing and tenants');
    await app.press(CONTROL, 'n');

    await app.waitFor('xpath', '//*[@role="alertdialog"]');
    const focused = () => app.execute('return document.activeElement?.textContent.trim();');
    assert.equal(await focused(), 'Keep editing', 'the safe answer has focus');
    await app.press(ESCAPE);
    await waitFor('the question to close', async () =>
      app.execute('return document.querySelector(\'[role="alertdialog"]\') === null;'),
    );
    const value = await app.execute('return document.activeElement?.value;');
    assert.equal(value, 'Statement on housing and tenants', 'the typing is kept, and has focus');

    await app.press(CONTROL, 'n');
    await (await app.button('Discard changes')).click();
    await app.field('Title of the new statement');
  });

  assert.equal(cliJson(db, 'statements', 'show', made.id).title, 'Statement on housing');
});
