// A small W3C WebDriver client over fetch, enough to drive the real app
// through tauri-driver (which forwards to WebKitWebDriver on Linux). Every
// command has a time limit; starting and stopping drivers is in driver.mjs.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export { startDriver, stopAll } from './driver.mjs';

export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
export const ENTER = '\uE007';
export const CONTROL = '\uE009';
export const TAB = '\uE004';
export const ESCAPE = '\uE00C';

/** The key under which W3C WebDriver passes an element reference. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

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

/** One WebDriver command; it fails after `timeout` ms rather than wait for ever. */
async function request(method, url, body, timeout = 30_000) {
  let res;
  let text;
  try {
    res = await fetch(url, {
      method,
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeout),
    });
    text = await res.text();
  } catch (err) {
    throw new Error(`${method} ${url}: ${err.name === 'TimeoutError' ? `no answer within ${timeout} ms` : err.message}`);
  }
  const json = text ? JSON.parse(text) : {};
  if (!res.ok || json.value?.error) {
    const err = json.value ?? {};
    throw new Error(`${method} ${url}: ${err.error ?? res.status} ${err.message ?? text}`);
  }
  return json.value;
}

/**
 * Opens `app` with `args`, runs `work` on its session and always closes it;
 * a failure leaves a screenshot named after `name` and says where.
 */
export async function withSession(driver, app, args, name, work) {
  const session = await Session.start(driver, app, args);
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

export class Session {
  constructor(driver, id) {
    this.driver = driver;
    this.id = id;
    this.url = `${driver.base}/session/${id}`;
  }

  static async start(driver, application, args) {
    try {
      const value = await request(
        'POST',
        `${driver.base}/session`,
        { capabilities: { alwaysMatch: { 'tauri:options': { application, args } } } },
        60_000,
      );
      return new Session(driver, value.sessionId);
    } catch (err) {
      // It may have started the app before it failed.
      await driver.endApps();
      throw err;
    }
  }

  /**
   * Closes the app, waiting up to `timeout` ms. When WebDriver cannot (the
   * app hangs, or quit by itself), the app's processes are ended instead, so
   * none outlives its session. Resolves to whether WebDriver closed it.
   */
  async end(timeout = 20_000) {
    try {
      await request('DELETE', this.url, undefined, timeout);
      return true;
    } catch {
      await this.driver.endApps();
      // With its app gone WebKitWebDriver lets go of the session, so the next one can start.
      await request('DELETE', this.url, undefined, 5000).catch(() => {});
      return false;
    }
  }

  /** Sets the window's outer size, as a user dragging its corner would. */
  resize(width, height) {
    return request('POST', `${this.url}/window/rect`, { width, height });
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
    this.id = id;
    this.url = `${session.url}/element/${id}`;
  }
  /** Moves the mouse pointer onto the middle of the element. */
  hover() {
    return request('POST', `${this.session.url}/actions`, {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [{ type: 'pointerMove', duration: 0, origin: { [ELEMENT_KEY]: this.id }, x: 0, y: 0 }],
        },
      ],
    });
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
