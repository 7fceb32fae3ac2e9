// The app opens no network socket: after starting and working in it, every
// socket held by the app and its web processes is a local (Unix) one, none
// is TCP or UDP, except WebDriver's own control channel. `make e2e` also runs every test inside a
// network namespace with loopback only, where a network call would fail.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL, startDriver, withSession } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);

const LIMIT = { timeout: 120_000 };
let driver;
let scratch;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-e2e-offline-'));
  driver = await startDriver();
});

after(async () => {
  await driver?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The socket inodes a process holds open. */
function socketsOf(pid) {
  const out = [];
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) out.push(m[1]);
    } catch {
      // Closed meanwhile.
    }
  }
  return out;
}

const hexAddress = (hex) => {
  const [ip, port] = hex.split(':');
  const v4 = ip.length === 8 ? ip.match(/../g).reverse().map((h) => parseInt(h, 16)).join('.') : ip;
  return `${v4}:${parseInt(port, 16)}`;
};

/** The TCP and UDP sockets in a process's network namespace, by inode: "proto local → remote". */
function inetInodes(pid) {
  const inodes = new Map();
  for (const table of ['tcp', 'tcp6', 'udp', 'udp6']) {
    let text = '';
    try {
      text = readFileSync(`/proc/${pid}/net/${table}`, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 9) inodes.set(cols[9], `${table} ${hexAddress(cols[1])} → ${hexAddress(cols[2])}`);
    }
  }
  return inodes;
}

test('the app and its web processes hold no TCP or UDP socket', LIMIT, async () => {
  const db = join(scratch, 'offline.sqlite3');
  await withSession(driver, APP, ['--db', db], 'offline', async (app) => {
    await (await app.button('Start a statement')).click();
    await (await app.field('Title of the new statement')).type('Offline check\uE007');
    await (await app.button('Contacts')).click();
    await app.waitFor('css selector', '#contacts-empty-title');
    const pids = driver.appPids();
    assert.ok(pids.length > 0, 'the app runs');
    let sockets = 0;
    for (const pid of pids) {
      const held = socketsOf(pid);
      sockets += held.length;
      const inet = inetInodes(pid);
      // WebDriver drives the window through WebKit's inspector server, on
      // the loopback address it gives the app; that channel is the test's own.
      const inspector = readFileSync(`/proc/${pid}/environ`, 'utf8')
        .split('\0')
        .find((e) => e.startsWith('WEBKIT_INSPECTOR_SERVER='))
        ?.slice('WEBKIT_INSPECTOR_SERVER='.length);
      const network = held
        .filter((inode) => inet.has(inode))
        .map((inode) => inet.get(inode))
        .filter((socket) => !inspector || !socket.split(/ |→/).includes(inspector));
      assert.deepEqual(network, [], `process ${pid} holds network sockets`);
    }
    assert.ok(sockets > 0, 'the processes were inspected (they hold local sockets)');
    await app.press(CONTROL, 'q');
  });
});
