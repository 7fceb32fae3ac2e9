// The statement's own page in the real app: text typed in the editor is
// saved by itself and survives quitting; a saved version can be compared.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL, startDriver, waitFor, withSession } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
const CLI = process.env.UNDERSIGNED_CLI;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);
if (!CLI || !existsSync(CLI)) throw new Error(`set UNDERSIGNED_CLI to the built CLI binary (got ${CLI})`);

const LIMIT = { timeout: 120_000 };
let driver;
let scratch;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-e2e-drafting-'));
  driver = await startDriver();
});

after(async () => {
  await driver?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function withApp(name, db, work) {
  return withSession(driver, APP, ['--db', db], name, work);
}

const cli = (db, ...args) => execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8' });

const SAMPLE = '# Stop the deportations\n\n*18 December 2026 – International Migrants Day*\n\nWe, the **undersigned**, call on the governments to end “returns” — now.\n\nنحن الموقعون أدناه نطالب بوقف الترحيل.\n';

test('text typed in the editor is saved by itself and is there after a restart', LIMIT, async () => {
  const db = join(scratch, 'editor.sqlite3');
  const file = join(scratch, 'statement.md');
  writeFileSync(file, SAMPLE);
  const id = cli(db, 'statements', 'import-md', file).trim();

  await withApp('editor-open', db, async (app) => {
    await (await app.button('Open “Stop the deportations”')).click();
    const editor = await app.waitFor('css selector', '[contenteditable="true"]');
    // Opening the page and looking saves nothing: the file keeps its exact text.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(cli(db, 'statements', 'show', id, '--format', 'md'), SAMPLE);

    await editor.click();
    await app.press(CONTROL, '\uE010'); // Ctrl+End: the end of the text
    // A word typed and deleted again leaves the stored text byte for byte.
    await editor.type(' Word');
    for (let i = 0; i < 5; i++) await app.press('\uE003'); // Backspace
    await new Promise((resolve) => setTimeout(resolve, 2500));
    assert.equal(cli(db, 'statements', 'show', id, '--format', 'md'), SAMPLE);
    await editor.type(' Solidarity');
    await waitFor('the autosave', async () =>
      cli(db, 'statements', 'show', id, '--format', 'md').includes('Solidarity'),
    );
    await app.press(CONTROL, 'q');
  });

  await withApp('editor-restart', db, async (app) => {
    await (await app.button('Open “Stop the deportations”')).click();
    const text = await waitFor('the text after restart', async () => {
      const t = await app.innerText('[data-testid="statement-editor"]');
      return t && t.includes('Solidarity') && t;
    });
    assert.match(text, /International Migrants Day/);
  });
  const md = cli(db, 'statements', 'show', id, '--format', 'md');
  assert.ok(md.includes('“returns” — now.'), md);
});

test('a saved version is compared with the text and restored', LIMIT, async () => {
  const db = join(scratch, 'versions.sqlite3');
  const file = join(scratch, 'versions.md');
  writeFileSync(file, SAMPLE);
  const id = cli(db, 'statements', 'import-md', file).trim();
  const count = () => JSON.parse(cli(db, '--json', 'statements', 'revisions', id)).length;
  const markdown = () => cli(db, 'statements', 'show', id, '--format', 'md');
  const before = count();

  await withApp('versions', db, async (app) => {
    await (await app.button('Open “Stop the deportations”')).click();
    const editor = await app.waitFor('css selector', '[contenteditable="true"]');
    const typeAtEnd = async (words) => {
      await editor.click();
      await app.press(CONTROL, '\uE010'); // Ctrl+End
      await editor.type(words);
      await waitFor('the autosave', async () => markdown().includes(words.trim()));
    };
    await typeAtEnd(' Solidarity');

    // The label field sits inside its label, so it is found by place.
    await (await app.waitFor('css selector', '.history form input')).type('sent to members for comment');
    await (await app.button('Save version')).click();
    await waitFor('the saved version', async () => count() === before + 1);
    await waitFor('the version listed', async () =>
      ((await app.innerText('.revisions')) ?? '').includes('“sent to members for comment”'),
    );
    const saved = markdown();

    await typeAtEnd(' Forever');
    // Pick the labelled version, compare it with the text as it is now.
    await app.execute(
      `const item = [...document.querySelectorAll('[data-testid="revision"]')].find((li) => li.textContent.includes('sent to members'));
       item.querySelector('input[type=checkbox]').click();`,
    );
    await (await app.button('Compare with current text')).click();
    const inserted = await waitFor('the diff', () =>
      app.execute('return [...document.querySelectorAll(".history ins")].map((e) => e.textContent).join(" ")'),
    );
    assert.match(inserted, /Forever/);

    await (await app.button('Restore this version')).click();
    await waitFor('the restored text', async () => !markdown().includes('Forever'));
    assert.equal(markdown(), saved, 'the saved version, byte for byte');
    await waitFor('the editor showing it', async () => !((await app.innerText('[data-testid="statement-editor"]')) ?? '').includes('Forever'));
    assert.equal(count(), before + 3, 'the typed text and the restore each became a version; nothing was overwritten');
    await app.press(CONTROL, 'q');
  });
});

test('a translation is flagged when its original changes, until marked up to date', LIMIT, async () => {
  const db = join(scratch, 'translation.sqlite3');
  const file = join(scratch, 'original.md');
  writeFileSync(file, SAMPLE);
  const original = cli(db, 'statements', 'import-md', file).trim();
  const made = JSON.parse(cli(db, '--json', 'statements', 'translate', original, '--language', 'fr'));
  cli(db, 'statements', 'rename', made.id, '--title', 'Arrêtez les expulsions');
  const changed = join(scratch, 'changed.md');
  writeFileSync(changed, SAMPLE.replace('end “returns”', 'end all “returns”'));
  cli(db, 'statements', 'edit', original, '--body-file', changed);

  await withApp('translation', db, async (app) => {
    await (await app.button('Open “Arrêtez les expulsions”')).click();
    const flag = await app.waitFor('css selector', '[data-testid="original-changed"]');
    // The original is shown beside the translation's editor, and cannot be typed into there.
    await waitFor('the original beside', async () => ((await app.innerText('.original')) ?? '').includes('end all “returns”'));
    assert.equal(await app.execute('return document.querySelectorAll(".original [contenteditable=true]").length'), 0);
    assert.equal(await app.execute('return document.querySelectorAll(".own [contenteditable=true]").length'), 1);
    await app.screenshot('translation-side-by-side');
    assert.match(await flag.text(), /Original changed since/);
    const changes = await app.execute('return [...document.querySelectorAll(".translation ins")].map((e) => e.textContent).join(" ")');
    assert.match(changes, /all/);
    await (await app.button('Mark up to date')).click();
    await waitFor('the flag to go', async () =>
      ((await app.innerText('.translation')) ?? '').includes('Up to date with the original.'),
    );
    await app.press(CONTROL, 'q');
  });
  const status = JSON.parse(cli(db, '--json', 'statements', 'show', made.id));
  const newest = JSON.parse(cli(db, '--json', 'statements', 'revisions', original)).sort((a, b) => b.number - a.number)[0];
  assert.equal(status.translatedFromRevisionId, newest.id, 'the translation now follows the original’s newest version');
});
