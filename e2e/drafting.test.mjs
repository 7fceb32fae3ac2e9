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
