// tauri-driver as a child of the test run: started on free ports, and ended
// with everything it started (WebKitWebDriver, the app, the app's web
// processes), so a run can neither hang on nor leave behind an open app.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `done` (synchronous) for up to `timeout` ms; says whether it came true. */
async function settle(done, timeout) {
  const deadline = Date.now() + timeout;
  while (!done()) {
    if (Date.now() >= deadline) return false;
    await sleep(50);
  }
  return true;
}

// Ports: the kernel hands out free ones, but tauri-driver has to bind them
// itself, after ours are closed, so another program can take one first. Then
// tauri-driver (or WebKitWebDriver) fails to listen, or, worse, another
// driver answers on it; startDriver notices either and tries new ports.

/** `count` distinct ports that were free a moment ago. */
async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

// Processes, read from Linux's /proc. Elsewhere the checks that need it are skipped.
const PROC = existsSync('/proc/self/stat');

/** The processes (not yet exited) in process group `pgid`: { pid, ppid }. */
function groupMembers(pgid) {
  const members = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
    const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') members.push({ pid: Number(name), ppid: Number(ppid) });
  }
  return members;
}

function groupAlive(pgid) {
  if (PROC) return groupMembers(pgid).length > 0;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: nobody left in the group.
  }
}

/** Whether a process in group `pgid` holds the socket listening on `port`. */
function groupListensOn(pgid, port) {
  if (!PROC) return true;
  const inodes = new Set();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local address "ADDR:PORT" in hex, state 0A is LISTEN, inode in column 10
      if (cols.length > 9 && cols[3] === '0A' && parseInt(cols[1].split(':')[1], 16) === port) inodes.add(cols[9]);
    }
  }
  if (inodes.size === 0) return false;
  for (const { pid } of groupMembers(pgid)) {
    let fds = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const socket = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (socket && inodes.has(socket[1])) return true;
      } catch {
        // closed meanwhile
      }
    }
  }
  return false;
}

// Everything a harness started is ended when the script ends, however it ends.
const running = new Set();
let guarded = false;

function guardExit() {
  if (guarded) return;
  guarded = true;
  const killAll = () => {
    for (const driver of running) signalGroup(driver.pgid, 'SIGKILL');
  };
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      killAll();
      // Nobody else handles it: die of it, as if we had not been listening.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

/** Stops every driver still running (and the apps they started). */
export async function stopAll() {
  await Promise.all([...running].map((driver) => driver.stop()));
}

/**
 * tauri-driver in a process group of its own. WebKitWebDriver and the app it
 * starts join that group and inherit the output pipes, so ending the group,
 * not just tauri-driver, is what lets Node exit: tauri-driver answers SIGTERM
 * by SIGKILLing WebKitWebDriver, which leaves the app running.
 */
class Driver {
  constructor(port, nativePort) {
    this.port = port;
    this.nativePort = nativePort;
    this.base = `http://127.0.0.1:${port}`;
    this.output = '';
    this.stopped = false;
    this.spawnError = null;
    this.child = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.pgid = this.child.pid;
    this.child.once('error', (err) => (this.spawnError = err));
    const keep = (data) => (this.output = (this.output + data).slice(-20_000));
    this.child.stdout.on('data', keep);
    this.child.stderr.on('data', keep);
    this.exited = new Promise((resolve) => this.child.once('close', resolve));
    if (this.pgid) {
      guardExit();
      running.add(this);
    }
  }

  /** Resolves once this driver, and no other, answers on both ports. */
  async ready(timeout = 10_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      if (this.spawnError) throw new Error(`cannot start tauri-driver: ${this.spawnError.message}`);
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`tauri-driver exited: ${this.output}`);
      }
      if (/can not listen|address already in use/i.test(this.output)) {
        throw new Error(`tauri-driver could not listen on ${this.port} or ${this.nativePort}: ${this.output}`);
      }
      const ok = await fetch(`${this.base}/status`, { signal: AbortSignal.timeout(2000) }).then(
        (res) => res.ok,
        () => false,
      );
      if (ok && groupListensOn(this.pgid, this.port) && groupListensOn(this.pgid, this.nativePort)) return;
      if (Date.now() >= deadline) throw new Error(`tauri-driver did not answer within ${timeout} ms: ${this.output}`);
      await sleep(150);
    }
  }

  /** The processes this driver started that still run: itself, WebKitWebDriver, apps (Linux only). */
  pids() {
    return PROC && this.pgid ? groupMembers(this.pgid).map(({ pid }) => pid) : [];
  }

  /** The app processes (and their web processes) of its sessions: all but tauri-driver and WebKitWebDriver. */
  appPids() {
    if (!PROC || !this.pgid) return [];
    return groupMembers(this.pgid)
      .filter(({ pid, ppid }) => pid !== this.pgid && ppid !== this.pgid)
      .map(({ pid }) => pid);
  }

  /**
   * Ends the app (and its web processes) of a session that could not be
   * closed, leaving tauri-driver and WebKitWebDriver for the next session.
   * An app that is quitting by itself gets time to finish.
   */
  async endApps() {
    if (!PROC || this.stopped) return;
    for (const [signal, grace] of [[null, 5000], ['SIGTERM', 3000], ['SIGKILL', 2000]]) {
      if (signal) for (const pid of this.appPids()) signalSafe(pid, signal);
      if (await settle(() => this.appPids().length === 0, grace)) return;
    }
  }

  /** Ends tauri-driver, WebKitWebDriver and any app still open; safe to call twice. */
  async stop() {
    if (this.stopped) return;
    this.stopped = true;
    if (this.pgid) {
      signalGroup(this.pgid, 'SIGTERM');
      if (!(await settle(() => !groupAlive(this.pgid), 3000))) {
        signalGroup(this.pgid, 'SIGKILL');
        await settle(() => !groupAlive(this.pgid), 2000);
      }
      await Promise.race([this.exited, sleep(1000)]);
    }
    // A process that left the group could still hold the pipes open.
    this.child.stdout.destroy();
    this.child.stderr.destroy();
    this.child.unref();
    running.delete(this);
  }
}

function signalSafe(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** Starts tauri-driver on free ports; resolves once it answers. */
export async function startDriver(attempts = 3) {
  let failure;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const [port, nativePort] = await freePorts(2);
    const driver = new Driver(port, nativePort);
    try {
      await driver.ready();
      return driver;
    } catch (err) {
      failure = err;
      await driver.stop();
      if (driver.spawnError) break;
    }
  }
  throw failure;
}
