// The harness itself: whatever it starts, it ends, so a run never hangs on an
// app left open, and never leaves one behind.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, startDriver } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);

const LIMIT = { timeout: 120_000 };
/** Those of `pids` still running; an ended process its parent has not reaped yet (a zombie) is not. */
const running = (pids) =>
  pids.filter((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
    } catch {
      return false;
    }
  });

function scratchDb() {
  const dir = mkdtempSync(join(tmpdir(), 'undersigned-harness-'));
  return { db: join(dir, 'harness.sqlite3'), done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('stopping the driver ends the app of a session that was never closed', LIMIT, async () => {
  const { db, done } = scratchDb();
  const driver = await startDriver();
  let pids = [];
  try {
    const app = await Session.start(driver, APP, ['--db', db]);
    await app.button('Start a statement');
    pids = driver.pids();
    assert.ok(pids.length >= 3, `tauri-driver, WebKitWebDriver and the app run (${pids.length} processes)`);
  } finally {
    await driver.stop();
    done();
  }
  assert.deepEqual(running(pids), [], 'nothing it started is left running');
});

test('a session whose app hangs still has its app ended', LIMIT, async () => {
  const { db, done } = scratchDb();
  const driver = await startDriver();
  try {
    const app = await Session.start(driver, APP, ['--db', db]);
    await app.button('Start a statement');
    const apps = driver.appPids();
    assert.ok(apps.length > 0, 'the app runs');
    // Frozen: it can no longer answer WebDriver's request to close.
    for (const pid of apps) process.kill(pid, 'SIGSTOP');

    assert.equal(await app.end(3000), false, 'WebDriver could not close it');
    assert.deepEqual(running(apps), [], 'the app was ended anyway');
    assert.equal(running(driver.pids()).length, 2, 'tauri-driver and WebKitWebDriver stay');
    // And the driver still serves the next session.
    const next = await Session.start(driver, APP, ['--db', db]);
    await next.button('Start a statement');
    assert.equal(await next.end(), true);
  } finally {
    await driver.stop();
    done();
  }
});

test('a script that stops its driver exits by itself, with the app still open at stop', LIMIT, async () => {
  const { db, done } = scratchDb();
  const script = `
    import { Session, startDriver } from ${JSON.stringify(new URL('./webdriver.mjs', import.meta.url).href)};
    const driver = await startDriver();
    const app = await Session.start(driver, ${JSON.stringify(APP)}, ['--db', ${JSON.stringify(db)}]);
    await app.button('Start a statement');
    await driver.stop();
  `;
  try {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'inherit', 'inherit'] });
    const code = await new Promise((resolve) => {
      const limit = setTimeout(() => {
        child.kill('SIGKILL');
        resolve('still running after 60 s');
      }, 60_000);
      child.once('exit', (status) => {
        clearTimeout(limit);
        resolve(status);
      });
    });
    assert.equal(code, 0);
  } finally {
    done();
  }
});
