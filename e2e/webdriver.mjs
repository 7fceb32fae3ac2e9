// A small W3C WebDriver client over fetch, enough to drive the real app
// through tauri-driver (which forwards to WebKitWebDriver on Linux).

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
export const ENTER = '\uE007';
export const CONTROL = '\uE009';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns something truthy, or fails with `what` after `timeout` ms. */
export async function waitFor(what, probe, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    await sleep(150);
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

/** Starts tauri-driver on free ports; resolves once it answers. */
export async function startDriver() {
  const port = await freePort();
  const nativePort = await freePort();
  const child = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  await waitFor('tauri-driver to listen', async () => {
    if (child.exitCode !== null) throw new Error(`tauri-driver exited: ${output}`);
    const res = await fetch(`${base}/status`);
    return res.ok;
  });
  return {
    base,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(3000)]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
  };
}

async function request(method, url, body) {
  const res = await fetch(url, {
    method,
    headers: body ? { 'content-type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  const json = text ? JSON.parse(text) : {};
  if (!res.ok || json.value?.error) {
    const err = json.value ?? {};
    throw new Error(`${method} ${url}: ${err.error ?? res.status} ${err.message ?? text}`);
  }
  return json.value;
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
    this.url = `${base}/session/${id}`;
  }

  static async start(driver, application, args) {
    const value = await request('POST', `${driver.base}/session`, {
      capabilities: { alwaysMatch: { 'tauri:options': { application, args } } },
    });
    return new Session(driver.base, value.sessionId);
  }

  async end() {
    await request('DELETE', this.url).catch(() => {});
  }

  /** Presses a chord of keys (e.g. CONTROL, 'q') on whatever has focus. */
  async press(...keys) {
    const down = keys.map((value) => ({ type: 'keyDown', value }));
    const up = [...keys].reverse().map((value) => ({ type: 'keyUp', value }));
    await request('POST', `${this.url}/actions`, {
      actions: [{ type: 'key', id: 'keyboard', actions: [...down, ...up] }],
    }).catch((err) => {
      // A chord that quits the app can take the session with it mid-reply.
      if (!/quit|closed|connect|terminated|fetch failed|session/i.test(err.message)) throw err;
    });
  }

  async find(using, value) {
    const found = await request('POST', `${this.url}/element`, { using, value });
    return new Element(this, Object.values(found)[0]);
  }

  /** Waits for an element to exist and returns it. */
  async waitFor(using, value, timeout) {
    return waitFor(`${using} ${value}`, () => this.find(using, value), timeout);
  }

  /** A button by its accessible name: aria-label or visible text. */
  button(name, timeout) {
    const quoted = xpathString(name);
    return this.waitFor(
      'xpath',
      `//button[@aria-label=${quoted} or (not(@aria-label) and normalize-space(.)=${quoted})]`,
      timeout,
    );
  }

  /** A text field by its label. */
  field(label, timeout) {
    const quoted = xpathString(label);
    return this.waitFor('xpath', `//input[@id=//label[normalize-space(.)=${quoted}]/@for or @aria-label=${quoted}]`, timeout);
  }

  /** Runs a script in the page and returns its result. */
  execute(script, args = []) {
    return request('POST', `${this.url}/execute/sync`, { script, args });
  }

  /**
   * The rendered text (innerText) of the first element matching `selector`, or null.
   * WebKitWebDriver's Get Element Text reports text inside an element with
   * `overflow: hidden` (our ellipsized titles) as empty, so lists are read this way.
   */
  innerText(selector) {
    return this.execute('const el = document.querySelector(arguments[0]); return el ? el.innerText : null;', [selector]);
  }

  async screenshot(name) {
    const png = await request('GET', `${this.url}/screenshot`);
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, `${name}.png`);
    writeFileSync(path, Buffer.from(png, 'base64'));
    return path;
  }
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.url = `${session.url}/element/${id}`;
  }
  click() {
    return request('POST', `${this.url}/click`, {});
  }
  clear() {
    return request('POST', `${this.url}/clear`, {});
  }
  type(text) {
    return request('POST', `${this.url}/value`, { text });
  }
  text() {
    return request('GET', `${this.url}/text`);
  }
}

function xpathString(s) {
  if (!s.includes("'")) return `'${s}'`;
  if (!s.includes('"')) return `"${s}"`;
  return `concat('${s.split("'").join(`', "'", '`)}')`;
}
