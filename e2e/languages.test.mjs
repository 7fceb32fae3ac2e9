// The window in the organizers' languages: Spanish because the system asks
// for it, Arabic because it was chosen in Settings (and mirrored), English
// again once the choice is taken back. The words checked are the catalogs'.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, waitFor, withSession } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
const CLI = process.env.UNDERSIGNED_CLI;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);
if (!CLI || !existsSync(CLI)) throw new Error(`set UNDERSIGNED_CLI to the built CLI binary (got ${CLI})`);

const LIMIT = { timeout: 180_000 };

let scratch;
let db;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-e2e-'));
  db = join(scratch, 'languages.sqlite3');
  const cli = (...args) => execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8' });
  const arabic = JSON.parse(cli('--json', 'statements', 'create', '--title', 'بيان مشترك من أجل حماية العمال المهاجرين', '--language', 'ar')).id;
  cli('statements', 'create', '--title', 'Declaración conjunta: ningún ser humano es ilegal', '--language', 'es');
  cli('statements', 'create', '--title', 'Joint statement on the rights of migrant workers');
  execFileSync(CLI, ['--db', db, 'endorsements', 'paste', arabic, '--confirm'], {
    input: 'Kalayaan – London, United Kingdom\nMigrante International — Philippines\nجمعية حقوق العمال المهاجرين — Egypt\n',
  });
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A driver whose app starts with `env` over ours (the system's language is read from it). */
async function withDriver(env, work) {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  let driver;
  try {
    driver = await startDriver();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  try {
    await work(driver);
  } finally {
    await driver.stop();
  }
}

const documentLanguage = (app) => app.execute('return [document.documentElement.lang, document.documentElement.dir]');
const navigation = (app) => app.execute('return [...document.querySelectorAll("nav button, nav a")].map((b) => b.innerText.trim()).filter(Boolean)');
const pageSub = (app) => app.execute('return document.querySelector(".page-sub")?.innerText ?? ""');

/** Chooses `value` in Settings' language list; the window draws itself again in it. */
async function chooseLanguage(app, value) {
  await app.execute(
    'const s = document.querySelector("[data-testid=window-language]"); s.value = arguments[0]; s.dispatchEvent(new Event("change", { bubbles: true }));',
    [value],
  );
}

test('the window speaks Spanish when the system does', LIMIT, async () => {
  // A settings folder of the test's own: no choice made elsewhere applies, none made here stays.
  await withDriver({ LANG: 'es_MX.UTF-8', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '', XDG_CONFIG_HOME: join(scratch, 'config-es') }, (driver) =>
    withSession(driver, APP, ['--db', db], 'languages-es', async (app) => {
      await waitFor('Spanish', async () => (await documentLanguage(app))[0] === 'es');
      assert.deepEqual(await documentLanguage(app), ['es', 'ltr']);
      await waitFor('the Spanish navigation', async () => (await navigation(app)).includes('Declaraciones'));
      const nav = await navigation(app);
      assert.ok(nav.includes('Declaraciones') && nav.includes('Contactos') && nav.includes('Configuración'), nav.join(' | '));
      await waitFor('the count', async () => (await pageSub(app)) === '3 declaraciones');
      // A failure worded by the window: core names it, the catalog says it in Spanish.
      await (await app.button('Nueva declaración')).click();
      await app.field('Título de la nueva declaración');
      await (await app.button('Crear')).click();
      const alert = await app.waitFor('css selector', '[role=alert]');
      const said = await app.execute('return document.querySelector("[role=alert]").innerText');
      assert.match(said, /^Una declaración necesita un título/, said);
      assert.ok(alert);
    }),
  );
});

test('Arabic chosen in Settings mirrors the window, counts in Arabic, and the choice can be taken back', LIMIT, async () => {
  const config = join(scratch, 'config-ar');
  await withDriver({ LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '', XDG_CONFIG_HOME: config }, (driver) =>
    withSession(driver, APP, ['--db', db], 'languages-ar', async (app) => {
      await waitFor('English', async () => (await documentLanguage(app))[0] === 'en');
      await (await app.button('Settings')).click();
      await app.waitFor('css selector', '[data-testid=window-language]');
      await chooseLanguage(app, 'ar');
      await waitFor('Arabic', async () => (await documentLanguage(app)).join() === 'ar,rtl');
      // Kept by the shell for this user, in the settings folder.
      assert.equal(readFileSync(join(config, 'org.undersigned.desktop', 'window-language'), 'utf8').trim(), 'ar');
      // The document's language is set before the window is drawn: wait for the drawing.
      await waitFor('the Arabic navigation', async () => (await navigation(app)).includes('الإعدادات'));
      const nav = await navigation(app);
      assert.ok(nav.includes('البيانات') && nav.includes('الإعدادات'), nav.join(' | '));
      // Mirrored: the navigation sits on the right of the window.
      const sides = await app.execute(
        'const n = document.querySelector("nav").getBoundingClientRect(); const m = document.querySelector("main.content").getBoundingClientRect(); return [n.left, m.left];',
      );
      assert.ok(sides[0] > sides[1], `navigation at ${sides[0]}, page at ${sides[1]}`);
      await waitFor('the count', async () => /^[3٣] بيانات$/.test(await pageSub(app)));

      // The statement's count line, in Arabic plural forms.
      await app.execute(
        '[...document.querySelectorAll("button[aria-label]")].find((b) => b.getAttribute("aria-label").includes("بيان مشترك")).click()',
      );
      await (await app.waitFor('css selector', '#tab-overview')).click();
      const signedBy = await app.waitFor('css selector', '[data-testid="signed-by"]');
      await waitFor('the count line', async () => /منظمات/.test(await signedBy.text()));
      const line = await signedBy.text();
      assert.match(line, /^[3٣] منظمات/, line);
      assert.match(line, /من [3٣] دول/, line);

      // Back to the system's language: English again.
      await (await app.button('الإعدادات')).click();
      await app.waitFor('css selector', '[data-testid=window-language]');
      await chooseLanguage(app, 'system');
      await waitFor('English again', async () => (await documentLanguage(app)).join() === 'en,ltr');
      await waitFor('the English navigation', async () => (await navigation(app)).includes('Statements'));
      assert.equal(existsSync(join(config, 'org.undersigned.desktop', 'window-language')), false);
    }),
  );
});
