// Contacts in the real window: a spreadsheet imported through the mapping
// step and the dry-run report, a contact found by a spelling without
// accents, two duplicates merged and the merge undone.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL, ESCAPE, startDriver, waitFor, withSession } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
const CLI = process.env.UNDERSIGNED_CLI;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);
if (!CLI || !existsSync(CLI)) throw new Error(`set UNDERSIGNED_CLI to the built CLI binary (got ${CLI})`);

const LIMIT = { timeout: 150_000 };

let driver;
let scratch;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-e2e-contacts-'));
  driver = await startDriver();
});

after(async () => {
  await driver?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function cliJson(db, ...args) {
  return JSON.parse(execFileSync(CLI, ['--db', db, '--json', ...args], { encoding: 'utf8' }));
}

const text = (app, selector) => app.innerText(selector).then((t) => t ?? '');

const SHEET = [
  'Organización;Siglas;País;Ciudad;Correo electrónico',
  'Asociación de Trabajadoras del Hogar;ATH;México;Ciudad de México;contacto@ath.org.mx',
  'Mission for Migrant Workers;;Hong Kong;;info@mfmw.org.hk',
  'MFMW;MFMW;HK;;',
  'Asociacion de Trabajadoras del Hogar;ATH;Mexico;;',
  'Lost Group;;Atlantis;;',
].join('\r\n');

test('import a spreadsheet, find a contact without accents, merge duplicates and undo', LIMIT, async () => {
  const db = join(scratch, 'contacts.sqlite3');
  const sheet = join(scratch, 'firmas.csv');
  writeFileSync(sheet, SHEET);

  await withSession(driver, APP, ['--db', db], 'contacts', async (app) => {
    await (await app.button('Contacts')).click();
    await app.waitFor('css selector', '#contacts-empty-title');

    // The file, its columns, the dry run.
    await (await app.button('Import…')).click();
    const input = await app.waitFor('css selector', '.import-dialog input[type=file]');
    await input.type(sheet);
    await app.waitFor('css selector', 'table.mapping');
    const guessed = await app.execute(
      'return [...document.querySelectorAll("table.mapping select")].map((s) => s.value)',
    );
    assert.deepEqual(guessed, ['organization', 'acronym', 'country', 'city', 'email']);
    assert.match(await text(app, '.file-line'), /5 rows/);
    await (await app.button('Check the rows')).click();
    await app.waitFor('css selector', '[data-testid="import-counts"]');
    const counts = await text(app, '[data-testid="import-counts"]');
    assert.match(counts, /3 new rows, 0 already known, 1 duplicate within the file, 1 invalid/);
    const report = await text(app, '.import-dialog .report');
    assert.match(report, /Same as row 2/);
    assert.match(report, /Atlantis/);
    assert.equal(cliJson(db, 'contacts', 'list').length, 0, 'the dry run wrote nothing');

    await (await app.button('Import 3 rows')).click();
    await waitFor('the import to finish', async () => (await text(app, '.done-line')).includes('Added 3 organizations'));
    await (await app.button('Close')).click();
    await waitFor('the list', async () => (await text(app, '.virtual-viewport')).includes('Mission for Migrant Workers'));

    // A row opens its record beside the list.
    const row = await app.waitFor('xpath', "//div[contains(@class,'virtual-row')][.//*[contains(., 'Mission for Migrant Workers')]]");
    await row.click();
    await waitFor('the record', () =>
      app.execute('const el = document.querySelector(".contact-panel input[name=name]"); return el && el.value === "Mission for Migrant Workers";'),
    );
    assert.equal(await app.execute('return document.querySelector(".contact-panel input[name=country]").value'), 'Hong Kong');
    await app.press(ESCAPE);
    await waitFor('the panel to close', async () => (await app.execute('return document.querySelector(".contact-panel") === null')) === true);

    // Search without accents.
    const search = await app.field('Search contacts');
    await search.type('asociacion trab');
    await waitFor('the search result', async () => {
      const shown = await text(app, '.virtual-viewport');
      return shown.includes('Asociación de Trabajadoras del Hogar') && !shown.includes('Mission');
    });
    await search.clear();
    await search.type(' ');
    await waitFor('the whole list again', async () => (await text(app, '.virtual-viewport')).includes('Mission'));

    // Duplicates: the acronym and the full name.
    await (await app.button('Duplicates')).click();
    await waitFor('the pair', async () => /MFMW[\s\S]*Mission for Migrant Workers|Mission for Migrant Workers[\s\S]*MFMW/.test(await text(app, '.pairs')));
    assert.match(await text(app, '.pairs'), /Acronym MFMW/);
    await (await app.button('Review and merge…')).click();
    await (await app.button('Merge')).click();
    await waitFor('the merge notice', async () => (await text(app, '.toast')).includes('Merged into'));
    assert.equal(cliJson(db, 'contacts', 'list').length, 2, 'two records became one');
    await (await app.button('Undo')).click();
    await waitFor('the undo', async () => cliJson(db, 'contacts', 'list').length === 3);
    await (await app.button('Back to contacts')).click();
    await waitFor('both again', async () => {
      const shown = await text(app, '.virtual-viewport');
      return shown.includes('MFMW') && shown.includes('Mission for Migrant Workers');
    });
    await app.press(CONTROL, 'q');
  });
});

test('names carrying markup, direction overrides and invisible characters show as plain text', LIMIT, async () => {
  const db = join(scratch, 'hostile.sqlite3');
  const sheet = join(scratch, 'hostile.csv');
  const markup = '<img src=x onerror="document.title=\'owned\'">Evil <b>Group</b>';
  const rtl = 'Safe\u202Egnp.exe Collective';
  const zeroWidth = 'Zero\u200BWidth Union';
  writeFileSync(sheet, ['Organization,Country', `"${markup.replaceAll('"', '""')}",FR`, `${rtl},FR`, `${zeroWidth},FR`, `${'Long '.repeat(55).trim()},FR`].join('\n'));
  execFileSync(CLI, ['--db', db, 'contacts', 'import', sheet]);

  await withSession(driver, APP, ['--db', db], 'hostile', async (app) => {
    await (await app.button('Contacts')).click();
    await waitFor('the list', async () => (await text(app, '.virtual-viewport')).includes('Evil'));
    const shown = await text(app, '.virtual-viewport');
    assert.ok(shown.includes('<img src=x onerror='), 'the markup is shown as text');
    assert.equal(await app.execute('return document.querySelectorAll(".virtual-viewport img, .virtual-viewport b").length'), 0);
    assert.notEqual(await app.execute('return document.title'), 'owned');
    assert.ok(!shown.includes('\u202E'), 'the direction override was removed on import');
    assert.ok(shown.includes('Safegnp.exe Collective'));
    await app.press(CONTROL, 'q');
  });
});

