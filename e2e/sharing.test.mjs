// Two organizers, two windows, two databases and one shared folder: one
// starts a share in Settings, the other joins it with the invitation (the
// shell's dialogs are answered from a file, see dialogs.test.mjs), and
// what each writes reaches the other's window by itself: the background
// sync writes it to the folder after the write settles, and the other
// window's sync takes it in when the file arrives.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, sleep, startDriver, waitFor } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
const CLI = process.env.UNDERSIGNED_CLI;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);
if (!CLI || !existsSync(CLI)) throw new Error(`set UNDERSIGNED_CLI to the built CLI binary (got ${CLI})`);

const LIMIT = { timeout: 240_000 };
const SYNCED = 30_000;

let drivers = [];
let scratch;
let answers;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-e2e-'));
  answers = join(scratch, 'answers.json');
  writeFileSync(answers, '[]');
  process.env.UNDERSIGNED_TEST_DIALOGS = answers;
  drivers = [await startDriver(), await startDriver()];
});

after(async () => {
  for (const driver of drivers) await driver?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const cli = (db, ...args) => execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8' });
const answer = (...paths) => writeFileSync(answers, JSON.stringify(paths));
const taken = () => waitFor('the dialogs to take their answers', () => JSON.parse(readFileSync(answers, 'utf8')).length === 0);
const statementsText = (app) => app.innerText('ul[aria-label="Statements"]');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

test('two windows on two databases share one folder, each seeing what the other writes', LIMIT, async () => {
  const a = join(scratch, 'amina.sqlite3');
  const b = join(scratch, 'bayani.sqlite3');
  const folder = join(scratch, 'Sync', 'coalition');
  mkdirSync(folder, { recursive: true });
  const invitation = join(scratch, 'invitation.json');
  cli(a, 'statements', 'create', '--title', 'Open letter on climate finance');
  cli(b, 'statements', 'create', '--title', 'Bayani draft before joining');

  const first = await Session.start(drivers[0], APP, ['--db', a]);
  let second;
  try {
    // Amina starts the share in Settings.
    await (await first.button('Settings')).click();
    await (await first.waitFor('css selector', '[data-testid=sharing-name]')).type('Amina');
    answer(folder, invitation);
    await (await first.waitFor('css selector', '[data-testid=sharing-create]')).click();
    await taken();
    await waitFor('the share to start', async () => /Sharing in/.test((await first.innerText('[data-testid=sharing]')) ?? ''));
    assert.ok(existsSync(invitation), 'the invitation was saved where the dialog answered');
    assert.match(readFileSync(invitation, 'utf8'), /undersigned_share_invitation/);

    // Bayani joins in the other window, with the invitation.
    second = await Session.start(drivers[1], APP, ['--db', b]);
    await (await second.button('Settings')).click();
    await (await second.waitFor('css selector', '[data-testid=sharing-name]')).type('Bayani');
    answer(invitation, folder);
    await (await second.waitFor('css selector', '[data-testid=sharing-join]')).click();
    await taken();
    await waitFor('the join', async () => /Joined the share/.test((await second.innerText('[data-testid=sharing]')) ?? ''));
    await (await second.button('Statements')).click();
    await waitFor('Amina’s statement in Bayani’s window', async () =>
      (await statementsText(second))?.includes('Open letter on climate finance'),
    );

    // What Bayani brought reaches Amina's window by itself: Bayani's
    // background sync wrote it when joining, Amina's takes it in.
    await (await first.button('Statements')).click();
    await waitFor(
      'Bayani’s statement in Amina’s window',
      async () => (await statementsText(first))?.includes('Bayani draft before joining'),
      SYNCED,
    );

    // A write made later in Bayani's file (by the command line, as another
    // program would) goes out after it settles and shows in Amina's window.
    cli(b, 'statements', 'create', '--title', 'Joint statement on migrant workers');
    try {
      await waitFor(
        'the later statement in Amina’s window',
        async () => (await statementsText(first))?.includes('Joint statement on migrant workers'),
        SYNCED,
      );
    } catch (err) {
      err.message += `\n  Bayani: ${cli(b, 'share', 'status')}\n  Amina: ${cli(a, 'share', 'status')}\n  Amina's window: ${await first.innerText('[data-testid=sync-line]')}\n  Amina syncs: ${(() => { try { return cli(a, 'share', 'sync'); } catch (e) { return e.stderr; } })()}`;
      throw err;
    }

    // The sidebar says when it last synced; Settings lists both computers.
    const line = await waitFor('the sync line', async () => first.innerText('[data-testid=sync-line]'));
    assert.match(line, /Synced/);
    // Its line opens Settings at Sharing.
    await (await first.waitFor('css selector', '[data-testid=sync-line]')).click();
    await waitFor('Sharing in view', async () => (await first.execute('return document.activeElement?.id')) === 'sharing-title');
    await (await first.button('Settings')).click();
    await waitFor('both computers', async () => {
      const devices = (await first.innerText('[data-testid=sharing-devices]')) ?? '';
      return devices.includes('Amina') && devices.includes('Bayani');
    });
    await first.execute('document.querySelector("[data-testid=sharing]").scrollIntoView()');
    await sleep(600);
    await first.screenshot('sharing-settings');

    // Nothing in the folder can be read without the key.
    for (const file of walk(folder)) {
      const bytes = readFileSync(file);
      for (const title of ['climate finance', 'migrant workers', 'Bayani draft']) {
        assert.ok(!bytes.includes(Buffer.from(title)), `${file} shows “${title}”`);
      }
    }
  } finally {
    await second?.end();
    await first.end();
  }
  const listed = JSON.parse(cli(a, '--json', 'statements', 'list')).map((s) => s.title).sort();
  assert.deepEqual(listed, ['Bayani draft before joining', 'Joint statement on migrant workers', 'Open letter on climate finance']);
});
