// `make screenshots`: seeds a database with the CLI, opens the real app and
// saves pictures of its main screens to e2e/artifacts/ (the README's comes from here).
// It ends everything it started, and gives up after a time limit rather than hang.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESCAPE, Session, sleep, startDriver, stopAll, waitFor } from './webdriver.mjs';

const { UNDERSIGNED_APP: APP, UNDERSIGNED_CLI: CLI } = process.env;
if (!APP || !CLI) throw new Error('set UNDERSIGNED_APP and UNDERSIGNED_CLI');

const TIME_LIMIT_MS = 10 * 60_000;
const watchdog = setTimeout(() => {
  console.error(`screenshots: not done after ${TIME_LIMIT_MS / 1000} s; giving up`);
  process.exitCode = 1;
  void stopAll().finally(() => process.exit(1));
}, TIME_LIMIT_MS);
watchdog.unref();

const seed = [
  ['Joint statement on the rights of migrant workers', 'en'],
  ['Déclaration commune pour la régularisation des sans-papiers', 'fr'],
  ['بيان مشترك من أجل حماية العمال المهاجرين', 'ar'],
  ['Open letter to the ministers of labour of the G20', 'en'],
  ['Declaración conjunta: ningún ser humano es ilegal', 'es'],
];

/** Opens the app on `db` with its own driver, runs `work`, and ends both whatever happens. */
async function withApp(db, work) {
  const driver = await startDriver();
  try {
    const app = await Session.start(driver, APP, ['--db', db]);
    try {
      await work(app);
    } finally {
      await app.end();
    }
  } finally {
    await driver.stop();
  }
}

/** Runs `work` with the window in GTK's light or dark theme, which the web view follows. */
async function withTheme(theme, work) {
  const before = process.env.GTK_THEME;
  process.env.GTK_THEME = theme === 'dark' ? 'Adwaita:dark' : 'Adwaita';
  try {
    await work();
  } finally {
    if (before === undefined) delete process.env.GTK_THEME;
    else process.env.GTK_THEME = before;
  }
}

/** Runs `work` with the app started under `env` (the system's language is read from it). */
async function withEnv(env, work) {
  const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    await work();
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'undersigned-shots-'));
try {
  const db = join(scratch, 'tour.sqlite3');
  for (const [title, language] of seed) {
    execFileSync(CLI, ['--db', db, 'statements', 'create', '--title', title, '--language', language]);
  }

  const contacts = join(scratch, 'contacts.csv');
  writeFileSync(
    contacts,
    [
      'Organization,Acronym,Country,City,Email,Sector,Tags',
      'Asociación de Trabajadoras del Hogar,ATH,México,Ciudad de México,contacto@ath.org.mx,labour,domestic work',
      'Mission for Migrant Workers,,Hong Kong,,info@mfmw.org.hk,migration,domestic work',
      'MFMW,MFMW,HK,,,migration,',
      'Kalayaan,,United Kingdom,London,info@kalayaan.org.uk,migration,',
      'Migrante International,,Philippines,Quezon City,,migration,',
      'Netzwerk Migrantische Arbeit Österreich,NMAÖ,Österreich,Wien,,labour,',
      'Centro Gaspar Garcia de Direitos Humanos,,Brasil,São Paulo,,human rights,',
      'جمعية حقوق العمال المهاجرين,,Egypt,القاهرة,,labour,',
      '香港移民工协会,,HK,香港,,migration,',
      'Solidarité Travailleurs Migrants,STM,Côte d’Ivoire,Abidjan,,labour,',
    ].join('\n'),
  );
  execFileSync(CLI, ['--db', db, 'contacts', 'import', contacts]);

  await withApp(db, async (app) => {
    await waitFor('the list', async () => (await app.innerText('ul[aria-label="Statements"]'))?.includes('G20'));
    await (await app.button('Delete “Open letter to the ministers of labour of the G20”')).click();
    await app.waitFor('css selector', '[role="status"]');
    await sleep(400);
    console.log(await app.screenshot('statements'));

    // The title fields count as core counts and say when a title is too long.
    await (await app.button('Dismiss')).click();
    await (await app.button('New statement')).click();
    const field = await app.field('Title of the new statement');
    await field.type('Joint statement on the protection of seasonal agricultural workers '.repeat(5));
    await sleep(300);
    console.log(await app.screenshot('title-too-long'));
    await app.press(ESCAPE);
    const arabic = 'بيان مشترك من أجل حماية العمال المهاجرين';
    await (await app.button(`Rename “${arabic}”`)).click();
    await (await app.field(`New title for “${arabic}”`)).type('حقوق العمال المهاجرين '.repeat(13));
    await sleep(300);
    console.log(await app.screenshot('title-counter'));
    await app.press(ESCAPE);

    await (await app.button('Settings')).click();
    await sleep(300);
    console.log(await app.screenshot('settings'));
    await (await app.button('Contacts')).click();
    await waitFor('the contacts', async () => (await app.innerText('.virtual-viewport'))?.includes('Kalayaan'));
    const row = await app.waitFor('xpath', "//div[contains(@class,'virtual-row')][.//*[contains(., 'Asociación')]]");
    await row.click();
    await waitFor('the record', () =>
      app.execute('const el = document.querySelector(".contact-panel input[name=name]"); return el && el.value.startsWith("Asociación");'),
    );
    await sleep(300);
    console.log(await app.screenshot('contacts'));
    await (await app.button('Duplicates')).click();
    await sleep(600);
    console.log(await app.screenshot('duplicates'));
  });

  // The statement page with its history: two versions compared word by word.
  const drafting = join(scratch, 'drafting.sqlite3');
  const first = join(scratch, 'statement.md');
  writeFileSync(
    first,
    '# Stop the deportations\n\n*18 December 2026 – International Migrants Day*\n\nWe, the **undersigned** organizations, call on the governments to end “returns” of migrant workers.\n\nنحن الموقعون أدناه نطالب بوقف الترحيل.\n',
  );
  const statementId = execFileSync(CLI, ['--db', drafting, 'statements', 'import-md', first], { encoding: 'utf8' }).trim();
  const second = join(scratch, 'second.md');
  writeFileSync(
    second,
    '*18 December 2026 – International Migrants Day*\n\nWe, the **undersigned** organizations and networks, call on all governments to end the forced “returns” of migrant workers — now.\n\nنحن الموقعون أدناه نطالب بوقف الترحيل.\n',
  );
  execFileSync(CLI, ['--db', drafting, 'statements', 'edit', statementId, '--body-file', second]);
  await withApp(drafting, async (app) => {
    await (await app.button('Open “Stop the deportations”')).click();
    await app.waitFor('css selector', '[data-testid="revision"]');
    await app.execute(
      `const boxes = [...document.querySelectorAll('[data-testid="revision"] input[type=checkbox]')];
       boxes.forEach((b) => b.click());`,
    );
    await (await app.button('Compare the two versions')).click();
    await app.waitFor('css selector', '.history ins');
    await app.execute('document.querySelector(".history h2")?.scrollIntoView()');
    await sleep(400);
    console.log(await app.screenshot('editor'));
  });

  // Sign-ons: a list taken in, some confirmed, the review of a pasted list,
  // and where the statement stands.
  const signons = join(scratch, 'signons.sqlite3');
  execFileSync(CLI, ['--db', signons, 'contacts', 'import', contacts]);
  const signed = JSON.parse(
    execFileSync(CLI, ['--db', signons, '--json', 'statements', 'create', '--title', 'Stop the deportations'], { encoding: 'utf8' }),
  ).id;
  const confirmedList = [
    'Asociación de Trabajadoras del Hogar – Ciudad de México, México',
    'Mission for Migrant Workers – Hong Kong',
    'Kalayaan – London, United Kingdom',
    'Migrante International — Philippines',
    'Netzwerk Migrantische Arbeit Österreich, Austria',
    'Centro Gaspar Garcia de Direitos Humanos – São Paulo, Brazil',
    'جمعية حقوق العمال المهاجرين — Egypt',
    '香港移民工协会 – 香港, Hong Kong',
    'Solidarité Travailleurs Migrants (STM) – Abidjan, Côte d’Ivoire',
    'Red Nacional de Jornaleros — Mexico',
    'Fórum Social das Migrações — Portugal',
    'Migrant Rights Centre Ireland, Ireland',
  ].join('\n');
  execFileSync(CLI, ['--db', signons, 'endorsements', 'paste', signed, '--confirm'], { input: confirmedList });
  execFileSync(CLI, ['--db', signons, 'endorsements', 'paste', signed], {
    input: 'Coletivo Sem Fronteiras — Brazil\nUnión de Trabajadoras Domésticas — Guatemala\n',
  });
  execFileSync(CLI, ['--db', signons, 'endorsements', 'add', signed, '--person', 'Amina Diallo', '--affiliation', 'Researcher, Université Cheikh Anta Diop', '--country', 'Senegal', '--status', 'confirmed', '--visibility', 'public']);
  execFileSync(CLI, ['--db', signons, 'endorsements', 'add', signed, '--person', 'Fatima B.', '--affiliation', 'Sindicato de Trabajadoras del Hogar', '--country', 'Spain', '--status', 'confirmed']);
  await withApp(signons, async (app) => {
    await (await app.button('Open “Stop the deportations”')).click();
    await (await app.waitFor('css selector', '#tab-signatories')).click();
    await waitFor('the signatories', async () => (await app.innerText('.virtual-viewport'))?.includes('Kalayaan'));
    await sleep(300);
    console.log(await app.screenshot('signatories'));
    await (await app.button('Paste a list…')).click();
    await app.waitFor('css selector', '.intake-dialog textarea');
    await app.execute(
      'const t = document.querySelector(".intake-dialog textarea"); t.value = arguments[0]; t.dispatchEvent(new Event("input", { bubbles: true }));',
      ['Signed,\nInternational organizations:\n1. MFMW – Hong Kong\n2. Kalayan, United Kingdom\n3. Red de Mujeres Migrantes — Perú\n4. Red de Mujeres Migrantes — Peru\n5. Coalition for Migrant Rights (CMR), Lebanon\n6. Migrant Care, Phillipines\n7. Solidarity Network – West Africa'],
    );
    await (await app.button('Review')).click();
    await app.waitFor('css selector', '[data-testid="intake-counts"]');
    await sleep(300);
    console.log(JSON.stringify(await app.execute('const b = document.querySelector(".dialog-backdrop"); return [getComputedStyle(b).opacity, b.getAnimations().map((a) => a.playState)]')));
    console.log(await app.screenshot('intake-review'));
    await (await app.button('Cancel')).click();
    await (await app.waitFor('css selector', '#tab-overview')).click();
    await app.waitFor('css selector', '[data-testid="signed-by"]');
    await sleep(400);
    console.log(await app.screenshot('overview'));
    await (await app.waitFor('css selector', '#tab-export')).click();
    await waitFor('the preview', () =>
      app.execute('return [...document.querySelectorAll("[data-testid=export-preview] img")].some((i) => i.complete && i.naturalWidth > 0)'),
    );
    await sleep(300);
    console.log(await app.screenshot('export'));
    await (await app.button('Settings')).click();
    await (await app.waitFor('xpath', "//label[contains(., 'Organization (named in every signature)')]/input")).type('Coalition for Migrants’ Rights');
    await (await app.waitFor('xpath', "//label[contains(., 'Passphrase (at least 8 characters)')]/input")).type('a long passphrase');
    await (await app.waitFor('xpath', "//label[contains(., 'The same passphrase again')]/input")).type('a long passphrase');
    await (await app.button('Make the key')).click();
    await app.waitFor('css selector', '[data-testid="key-id"]');
    await app.execute('document.getElementById("signing-title").scrollIntoView()');
    await sleep(300);
    console.log(await app.screenshot('signing-key'));
  });

  // The main screens again at 1024×700, light and dark, and dark at full size:
  // nothing cut, nothing crushed, everything readable.
  for (const [theme, width, height] of [
    ['light', 1024, 700],
    ['dark', 1024, 700],
    ['dark', 1280, 800],
  ]) {
    const prefix = `${theme === 'dark' ? 'dark-' : ''}${width === 1024 ? 'small-' : ''}`;
    await withTheme(theme, () =>
      withApp(signons, async (app) => {
        await app.resize(width, height);
        await waitFor('the list', async () => (await app.innerText('ul[aria-label="Statements"]'))?.includes('Stop the deportations'));
        await sleep(300);
        console.log(await app.screenshot(`${prefix}statements`));
        await (await app.button('Open “Stop the deportations”')).click();
        await app.waitFor('css selector', '.editor-area');
        await sleep(300);
        console.log(await app.screenshot(`${prefix}text`));
        await (await app.waitFor('css selector', '#tab-signatories')).click();
        await waitFor('the signatories', async () => (await app.innerText('.virtual-viewport'))?.includes('Kalayaan'));
        await (await app.button('Add signatory')).click();
        await sleep(300);
        console.log(await app.screenshot(`${prefix}signatories`));
        await (await app.waitFor('css selector', '#tab-outreach')).click();
        await sleep(400);
        console.log(await app.screenshot(`${prefix}outreach`));
        await (await app.waitFor('css selector', '#tab-overview')).click();
        await app.waitFor('css selector', '[data-testid="signed-by"]');
        await sleep(300);
        console.log(await app.screenshot(`${prefix}overview`));
        await (await app.waitFor('css selector', '#tab-export')).click();
        await sleep(800);
        console.log(await app.screenshot(`${prefix}export`));
        await (await app.button('Contacts')).click();
        await waitFor('the contacts', async () => (await app.innerText('.virtual-viewport'))?.includes('Kalayaan'));
        const row = await app.waitFor('xpath', "//div[contains(@class,'virtual-row')][.//*[contains(., 'Kalayaan')]]");
        await row.click();
        await waitFor('the record', () =>
          app.execute('const el = document.querySelector(".contact-panel input[name=name]"); return el && el.value === "Kalayaan";'),
        );
        await sleep(300);
        console.log(await app.screenshot(`${prefix}contacts`));
        await (await app.button('Settings')).click();
        await sleep(400);
        console.log(await app.screenshot(`${prefix}settings`));
      }),
    );
  }

  // The main screens in Spanish and in Arabic (mirrored), as a system set to
  // either language shows them; found by place, not by their English names.
  const section = (app, i) => app.execute('document.querySelectorAll("nav .nav-item")[arguments[0]].click()', [i]);
  for (const [language, locale] of [
    ['es', 'es_MX.UTF-8'],
    ['ar', 'ar_EG.UTF-8'],
  ]) {
    await withEnv({ LANG: locale, LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '' }, () =>
      withApp(signons, async (app) => {
        await app.resize(1024, 700);
        await waitFor(language, async () => (await app.execute('return document.documentElement.lang')) === language);
        await waitFor('the list', async () => (await app.innerText('ul[aria-label]'))?.includes('Stop the deportations'));
        await sleep(300);
        console.log(await app.screenshot(`${language}-statements`));
        await app.execute('document.querySelector("button[aria-label*=\'Stop the deportations\']").click()');
        await (await app.waitFor('css selector', '#tab-signatories')).click();
        await waitFor('the signatories', async () => (await app.innerText('.virtual-viewport'))?.includes('Kalayaan'));
        await sleep(300);
        console.log(await app.screenshot(`${language}-signatories`));
        await (await app.waitFor('css selector', '#tab-overview')).click();
        await app.waitFor('css selector', '[data-testid="signed-by"]');
        await sleep(300);
        console.log(await app.screenshot(`${language}-overview`));
        await (await app.waitFor('css selector', '#tab-export')).click();
        await sleep(800);
        console.log(await app.screenshot(`${language}-export`));
        await section(app, 1);
        await waitFor('the contacts', async () => (await app.innerText('.virtual-viewport'))?.includes('Kalayaan'));
        await sleep(300);
        console.log(await app.screenshot(`${language}-contacts`));
        await section(app, 2);
        await sleep(400);
        console.log(await app.screenshot(`${language}-settings`));
      }),
    );
  }

  await withApp(join(scratch, 'empty.sqlite3'), async (app) => {
    await app.button('Start a statement');
    await sleep(400);
    console.log(await app.screenshot('empty'));
  });
} finally {
  await stopAll();
  rmSync(scratch, { recursive: true, force: true });
  clearTimeout(watchdog);
}
