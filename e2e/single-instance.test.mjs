// One window per database: starting the app again on the same file brings
// the open window forward and the second start exits; another file opens
// a window of its own. `make e2e` runs under a D-Bus session, which is how
// the two starts find each other on Linux.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL, sleep, startDriver, withSession } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);

const LIMIT = { timeout: 120_000 };
let driver;
let scratch;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-e2e-single-'));
  driver = await startDriver();
});

after(async () => {
  await driver?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Starts the app outside WebDriver; resolves to its exit code, or null if it still runs after `ms`. */
function startAgain(db, ms) {
  const child = spawn(APP, ['--db', db], { stdio: 'ignore' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

test('a second start on the same database exits and leaves the first window; another database opens', LIMIT, async () => {
  assert.ok(process.env.DBUS_SESSION_BUS_ADDRESS, 'run under a D-Bus session (make e2e uses dbus-run-session)');
  const db = join(scratch, 'one.sqlite3');
  const other = join(scratch, 'other.sqlite3');

  await withSession(driver, APP, ['--db', db], 'single-instance', async (app) => {
    await app.button('Start a statement');
    // Let the first window take its name on the bus.
    await sleep(500);
    assert.equal(await startAgain(db, 20_000), 0, 'the second start on the same file handed over and exited');
    assert.equal(await startAgain(other, 6_000), null, 'a start on another file keeps running with its own window');
    // The first window is still there and still works.
    await (await app.button('Start a statement')).click();
    await app.field('Title of the new statement');
    await app.press(CONTROL, 'q');
  });
});
