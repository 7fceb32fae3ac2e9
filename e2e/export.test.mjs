// The Export tab in the real window: the pages typeset by core as the PDF
// prints them (a right-to-left name among them), the paper size changing
// the page, every language version offered, and a name no font can print
// refused with the signatory named.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL, startDriver, waitFor, withSession } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
const CLI = process.env.UNDERSIGNED_CLI;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);
if (!CLI || !existsSync(CLI)) throw new Error(`set UNDERSIGNED_CLI to the built CLI binary (got ${CLI})`);

const LIMIT = { timeout: 150_000 };
let driver;
let scratch;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-e2e-export-'));
  driver = await startDriver();
});

after(async () => {
  await driver?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const cli = (db, ...args) => execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8' });
const cliJson = (db, ...args) => JSON.parse(cli(db, '--json', ...args));

/** The SVG of each preview page, decoded from its picture. */
const pages = (app) =>
  app.execute(
    'return [...document.querySelectorAll("[data-testid=export-preview] img")].map((i) => ({ alt: i.alt, drawn: i.complete && i.naturalWidth > 0, svg: decodeURIComponent(i.src.split(",").slice(1).join(",")) }))',
  );

test('the preview shows the typeset pages; Letter paper changes them; a name no font has is refused', LIMIT, async () => {
  const db = join(scratch, 'export.sqlite3');
  const statement = cliJson(db, 'statements', 'create', '--title', 'Stop the deportations');
  cli(db, 'statements', 'translate', statement.id, '--language', 'fr');
  for (const name of ['Kalayaan', 'جمعية حقوق المهاجرين']) {
    cli(db, 'endorsements', 'add', statement.id, '--org', name, '--status', 'confirmed');
  }

  await withSession(driver, APP, ['--db', db], 'export', async (app) => {
    await (await app.button('Open “Stop the deportations”')).click();
    await (await app.waitFor('css selector', '#tab-export')).click();
    await waitFor('the first page', async () => (await pages(app)).some((p) => p.drawn));
    const [first] = await pages(app);
    assert.equal(first.alt, 'Page 1 of 1');
    assert.match(first.svg, /viewBox="0 0 595\.\d+ 841\.\d+"/, 'an A4 page');
    // The names are drawn as glyphs, not written as markup.
    assert.ok(!first.svg.includes('Kalayaan'), 'text is outlines in the picture');
    assert.ok(await app.waitFor('xpath', "//button[normalize-space(.)='Export all 2 languages…']"));

    await app.execute(
      'const s = [...document.querySelectorAll("label")].find((l) => l.textContent.trim().startsWith("Paper")).querySelector("select"); s.value = "letter"; s.dispatchEvent(new Event("change", { bubbles: true }));',
    );
    await waitFor('a Letter page', async () => (await pages(app)).some((p) => /viewBox="0 0 612 792"/.test(p.svg)));

    cli(db, 'endorsements', 'add', statement.id, '--org', 'Collectif \u0378bis', '--status', 'confirmed');
    await app.execute(
      'const s = [...document.querySelectorAll("label")].find((l) => l.textContent.trim().startsWith("Group signatories")).querySelector("select"); s.value = "none"; s.dispatchEvent(new Event("change", { bubbles: true }));',
    );
    const alert = await app.waitFor('css selector', '[data-testid="export-preview-error"]');
    const said = await app.innerText('[data-testid="export-preview-error"]');
    assert.ok(alert);
    assert.match(said, /U\+0378/);
    assert.match(said, /the signatory “Collectif/);
    await app.press(CONTROL, 'q');
  });
});
