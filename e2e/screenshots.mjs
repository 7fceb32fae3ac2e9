// `make screenshots`: seeds a database with the CLI, opens the real app and
// saves pictures of its main screens to e2e/artifacts/ (the README's comes from here).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, sleep, startDriver, waitFor } from './webdriver.mjs';

const { UNDERSIGNED_APP: APP, UNDERSIGNED_CLI: CLI } = process.env;
if (!APP || !CLI) throw new Error('set UNDERSIGNED_APP and UNDERSIGNED_CLI');

const scratch = mkdtempSync(join(tmpdir(), 'undersigned-shots-'));
const db = join(scratch, 'tour.sqlite3');
const seed = [
  ['Joint statement on the rights of migrant workers', 'en'],
  ['Déclaration commune pour la régularisation des sans-papiers', 'fr'],
  ['بيان مشترك من أجل حماية العمال المهاجرين', 'ar'],
  ['Open letter to the ministers of labour of the G20', 'en'],
  ['Declaración conjunta: ningún ser humano es ilegal', 'es'],
];
for (const [title, language] of seed) {
  execFileSync(CLI, ['--db', db, 'statements', 'create', '--title', title, '--language', language]);
}

const driver = await startDriver();
const app = await Session.start(driver, APP, ['--db', db]);
try {
  await waitFor('the list', async () => (await app.innerText('ul[aria-label="Statements"]'))?.includes('G20'));
  await (await app.button('Delete “Open letter to the ministers of labour of the G20”')).click();
  await app.waitFor('css selector', '[role="status"]');
  await sleep(400);
  console.log(await app.screenshot('statements'));
  await (await app.button('Settings')).click();
  await sleep(300);
  console.log(await app.screenshot('settings'));
  await (await app.button('Contacts')).click();
  await sleep(300);
  console.log(await app.screenshot('contacts'));
} finally {
  await app.end();
  await driver.stop();
  rmSync(scratch, { recursive: true, force: true });
}

const empty = join(mkdtempSync(join(tmpdir(), 'undersigned-shots-')), 'empty.sqlite3');
const driver2 = await startDriver();
const fresh = await Session.start(driver2, APP, ['--db', empty]);
try {
  await fresh.button('Start a statement');
  await sleep(400);
  console.log(await fresh.screenshot('empty'));
} finally {
  await fresh.end();
  await driver2.stop();
}
