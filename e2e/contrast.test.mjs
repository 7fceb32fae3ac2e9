// Contrast in the real window, light and dark: on each main screen every
// piece of text that is shown (controls included, disabled ones excepted)
// is read with its computed colour against the background it is drawn on,
// and must reach WCAG AA (4.5:1, or 3:1 for large text). The goal bar's fill
// must stand out from its track (3:1). The dark run asks GTK for its dark
// theme, which the window's web view follows.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, waitFor, withSession, sleep } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
const CLI = process.env.UNDERSIGNED_CLI;
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the built app binary (got ${APP})`);
if (!CLI || !existsSync(CLI)) throw new Error(`set UNDERSIGNED_CLI to the built CLI binary (got ${CLI})`);

const LIMIT = { timeout: 240_000 };
let scratch;
let db;

const cli = (...args) => execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8' });

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-e2e-contrast-'));
  db = join(scratch, 'contrast.sqlite3');
  const body = join(scratch, 'body.md');
  writeFileSync(body, '# Stop the deportations\n\nWe, the **undersigned** organizations, call on every government to stop.\n');
  const id = cli('statements', 'import-md', body).trim();
  cli('statements', 'details', id, '--deadline', '2099-12-15', '--goal', '40', '--issued-by', 'Migrant Forum in Asia');
  const sheet = join(scratch, 'contacts.csv');
  writeFileSync(
    sheet,
    'Organization,Acronym,Country,Email\nMission for Migrant Workers,MFMW,Hong Kong,info@mfmw.org.hk\nMFMW,MFMW,HK,\nKalayaan,,United Kingdom,info@kalayaan.org.uk\n',
  );
  cli('contacts', 'import', sheet);
  execFileSync(CLI, ['--db', db, 'endorsements', 'paste', id, '--confirm'], { input: 'Kalayaan – London, United Kingdom\nMFMW – Hong Kong\n' });
  execFileSync(CLI, ['--db', db, 'endorsements', 'paste', id], { input: 'Red de Mujeres Migrantes — Peru\n' });
  cli('endorsements', 'add', id, '--person', 'Amina Diallo', '--affiliation', 'Université Cheikh Anta Diop', '--country', 'Senegal', '--status', 'confirmed');
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/**
 * Runs in the page: every element with text of its own that is drawn and not
 * disabled, with its contrast against what lies behind it. Returns those
 * below AA.
 */
const AUDIT = `
  const parse = (c) => {
    const m = /rgba?\\(([^)]+)\\)/.exec(c || '');
    if (!m) return null;
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) {
        layers.push(c);
        if (c[3] >= 1) break;
      }
    }
    let base = [255, 255, 255, 1];
    if (!layers.length || layers[layers.length - 1][3] < 1) base = parse(getComputedStyle(document.documentElement).backgroundColor) || base;
    for (const layer of layers.reverse()) base = over(layer, base);
    return base;
  };
  const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  const luminance = (c) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
  const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const opacity = (el) => { let o = 1; for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity); return o; };
  const bad = [];
  let checked = 0;
  for (const el of document.querySelectorAll('body *')) {
    if (!Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
    if (['SCRIPT', 'STYLE', 'OPTION', 'TITLE'].includes(el.tagName)) continue;
    if (el.closest(':disabled, [aria-disabled="true"], [inert], [aria-hidden="true"]')) continue;
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (rect.width < 2 || rect.height < 2 || style.visibility !== 'visible') continue;
    const back = background(el);
    let fore = parse(style.color);
    const o = opacity(el);
    fore = over([fore[0], fore[1], fore[2], fore[3] * o], back);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const need = large ? 3 : 4.5;
    const r = ratio(fore, back);
    checked += 1;
    if (r < need - 0.005) {
      bad.push({ text: el.textContent.trim().slice(0, 40), tag: el.tagName, cls: String(el.className).slice(0, 40), ratio: Math.round(r * 100) / 100, need, color: style.color, background: 'rgb(' + back.slice(0, 3).map(Math.round).join(', ') + ')' });
    }
  }
  return { bad, checked, dark: matchMedia('(prefers-color-scheme: dark)').matches };
`;

/** The goal bar's fill and track, as its style draws them (custom properties, resolved). */
const GOAL_BAR = `
  const bar = document.querySelector('progress');
  if (!bar) return null;
  const style = getComputedStyle(bar);
  const probe = (value) => {
    const el = document.createElement('span');
    el.style.color = value;
    document.body.append(el);
    const rgb = getComputedStyle(el).color;
    el.remove();
    return rgb;
  };
  return {
    appearance: style.appearance || style.webkitAppearance,
    fill: probe(style.getPropertyValue('--fill').trim()),
    track: probe(style.getPropertyValue('--track').trim()),
  };
`;

function luminance([r, g, b]) {
  const c = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
}
const rgb = (s) => s.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
function contrast(a, b) {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

async function audit(app, screen, theme, failures) {
  await sleep(250);
  const found = await app.execute(AUDIT);
  assert.equal(found.dark, theme === 'dark', `the window is in the ${theme} theme`);
  assert.ok(found.checked > 5, `${screen}: text was found to check (${found.checked})`);
  for (const b of found.bad) failures.push(`${theme} · ${screen}: “${b.text}” <${b.tag} class="${b.cls}"> ${b.color} on ${b.background} = ${b.ratio}:1 (needs ${b.need})`);
  return found.checked;
}

async function tour(theme) {
  const failures = [];
  let checked = 0;
  const driver = await startDriver();
  try {
    await withSession(driver, APP, ['--db', db], `contrast-${theme}`, async (app) => {
      await waitFor('the list', async () => (await app.innerText('ul[aria-label="Statements"]'))?.includes('Stop the deportations'));
      checked += await audit(app, 'statements', theme, failures);

      await (await app.button('Open “Stop the deportations”')).click();
      const bold = await app.waitFor('css selector', '.editor-area strong');
      await bold.click();
      await waitFor('Bold pressed', () => app.execute('return document.querySelector(".toolbar button[aria-pressed=true]") !== null'));
      checked += await audit(app, 'text with Bold pressed', theme, failures);

      for (const [tab, screen] of [
        ['#tab-signatories', 'signatories'],
        ['#tab-outreach', 'outreach'],
        ['#tab-overview', 'where we stand'],
        ['#tab-export', 'export'],
      ]) {
        await (await app.waitFor('css selector', tab)).click();
        await sleep(500);
        checked += await audit(app, screen, theme, failures);
        if (screen === 'where we stand') {
          const bar = await app.execute(GOAL_BAR);
          assert.ok(bar, 'the goal bar is shown');
          assert.equal(bar.appearance, 'none', 'the goal bar is drawn from the theme, not by the platform');
          const ratio = contrast(bar.fill, bar.track);
          if (ratio < 3) failures.push(`${theme} · goal bar: fill ${bar.fill} on track ${bar.track} = ${ratio.toFixed(2)}:1 (needs 3)`);
        }
      }

      await (await app.button('Contacts')).click();
      await waitFor('the contacts', async () => (await app.innerText('.virtual-viewport'))?.includes('Kalayaan'));
      checked += await audit(app, 'contacts', theme, failures);
      await (await app.button('Duplicates')).click();
      await sleep(500);
      checked += await audit(app, 'duplicates', theme, failures);
      await (await app.button('Settings')).click();
      await sleep(500);
      checked += await audit(app, 'settings', theme, failures);
    });
  } finally {
    await driver.stop();
  }
  return { failures, checked };
}

for (const theme of ['light', 'dark']) {
  test(`every text on the main screens reaches WCAG AA contrast in the ${theme} theme`, LIMIT, async () => {
    const before = process.env.GTK_THEME;
    if (theme === 'dark') process.env.GTK_THEME = 'Adwaita:dark';
    else process.env.GTK_THEME = 'Adwaita';
    try {
      const { failures, checked } = await tour(theme);
      assert.ok(checked > 100, `enough text was checked (${checked})`);
      assert.deepEqual(failures, [], `below AA contrast:\n${failures.join('\n')}`);
    } finally {
      if (before === undefined) delete process.env.GTK_THEME;
      else process.env.GTK_THEME = before;
    }
  });
}
