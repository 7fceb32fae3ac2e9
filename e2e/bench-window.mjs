// Times the real window for `make bench` (never part of `make test`):
// the start from launch to the first screen (the UI reports it through
// IPC), the memory of the app and its web processes at rest, and the first
// rows of the signatory list, all on a database of 100,000 endorsements.
// Prints rows in the same shape as the rest of the bench table.

import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, sleep, startDriver, waitFor } from './webdriver.mjs';

const APP = process.env.UNDERSIGNED_APP;
const SOURCE = process.env.UNDERSIGNED_BENCH_DB;
const STARTS = Number(process.env.BENCH_STARTS ?? 5);
if (!APP || !existsSync(APP)) throw new Error(`set UNDERSIGNED_APP to the release app binary (got ${APP})`);
if (!SOURCE || !existsSync(SOURCE)) throw new Error(`set UNDERSIGNED_BENCH_DB to the 100,000-endorsement database (got ${SOURCE})`);

const scratch = mkdtempSync(join(tmpdir(), 'undersigned-bench-window-'));
const db = join(scratch, 'bench.sqlite3');
copyFileSync(SOURCE, db);

const row = (label, figures) => console.log(`  ${label.padEnd(46)} ${figures}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs, unit) => {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return `${median(xs).toFixed(0).padStart(9)} ${unit} median (${lo.toFixed(0)}–${hi.toFixed(0)}, ${xs.length} runs)`;
};

/** Resident memory of a process and all its descendants, in MB. */
function treeRss(root) {
  const parent = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(entry), ppid);
    } catch {
      // It ended meanwhile.
    }
  }
  const inTree = (pid) => {
    for (let p = pid; p > 1; p = parent.get(p) ?? 0) if (p === root) return true;
    return false;
  };
  let kb = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += m ? Number(m[1]) : 0;
    } catch {
      // It ended meanwhile.
    }
  }
  return kb / 1024;
}

/** Launches the app, resolves with ms to its first screen; the process is in `out.child`. */
function launch(out, file = db) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(APP, ['--db', file], {
      env: { ...process.env, UNDERSIGNED_REPORT_READY: '1' },
      stdio: ['ignore', 'pipe', 'ignore'],
      detached: true,
    });
    out.child = child;
    let said = '';
    const timer = setTimeout(() => reject(new Error('no first screen within 60 s')), 60_000);
    child.stdout.on('data', (chunk) => {
      said += chunk;
      if (said.includes('undersigned: first screen')) {
        clearTimeout(timer);
        resolve(performance.now() - started);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the app ended (${code}) before its first screen`));
    });
  });
}

async function stop(child) {
  const ended = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  await Promise.race([ended, sleep(5000)]);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

const starts = [];
const idle = [];
const firstOfDay = [];
let backedUp = 0;
try {
  // The first start of a day: a copy with no backup yet and no page check
  // passed today, so both are due. The app starts it once the first screen is up; the
  // figure shows whether it still slows the start.
  for (let i = 0; i < 3; i++) {
    const fresh = mkdtempSync(join(tmpdir(), 'undersigned-bench-day-'));
    const file = join(fresh, 'bench.sqlite3');
    copyFileSync(SOURCE, file);
    // No page check has passed today either: the start reads every page.
    execFileSync('sqlite3', [file, "DELETE FROM local_state WHERE key = 'integrity_checked_at'"]);
    const out = {};
    firstOfDay.push(await launch(out, file));
    await sleep(5000);
    const folder = join(fresh, 'backups');
    if (existsSync(folder) && readdirSync(folder, { recursive: true }).some((n) => String(n).includes('daily'))) backedUp += 1;
    out.child.removeAllListeners('exit');
    await stop(out.child);
    rmSync(fresh, { recursive: true, force: true });
    await sleep(500);
  }
  row('app start to first screen, first start of a day', `${spread(firstOfDay, 'ms')}; daily backup made in ${backedUp} of 3`);
  // Then the ordinary start: the first run here makes this copy's backup.
  for (let i = 0; i <= STARTS; i++) {
    const out = {};
    const ms = await launch(out);
    if (i > 0) starts.push(ms);
    await sleep(3000);
    if (i > 0) idle.push(treeRss(out.child.pid));
    out.child.removeAllListeners('exit');
    await stop(out.child);
    await sleep(500);
  }
  row('app start to first screen, 100,000 endorsements', spread(starts, 'ms'));
  row('  memory (RSS) of the app at rest, with web processes', spread(idle, 'MB'));

  const driver = await startDriver();
  const firsts = [];
  let inDom = 0;
  try {
    for (let i = 0; i < 3; i++) {
      const app = await Session.start(driver, APP, ['--db', db]);
      try {
        await (await app.waitFor('xpath', "//button[starts-with(@aria-label, 'Open “') or starts-with(normalize-space(.), 'Open “')]", 30_000)).click();
        await app.waitFor('css selector', '#tab-signatories', 30_000);
        await app.execute(`
          window.__firstRows = null;
          const t0 = performance.now();
          const seen = () => {
            if (window.__firstRows === null && document.querySelector('.signatory-row:not(.placeholder)')) {
              window.__firstRows = -1;
              requestAnimationFrame(() => (window.__firstRows = performance.now() - t0));
            }
          };
          new MutationObserver(seen).observe(document.body, { subtree: true, childList: true });
          document.querySelector('#tab-signatories').click();
        `);
        await waitFor('the first rows', async () => ((await app.execute('return window.__firstRows')) ?? -1) > 0, 30_000);
        firsts.push(await app.execute('return window.__firstRows'));
        inDom = Math.max(inDom, await app.execute('return document.querySelectorAll(".signatory-row").length'));
      } finally {
        await app.end();
      }
    }
  } finally {
    await driver.stop();
  }
  row('first rows of the 100,000-signatory list (window)', `${spread(firsts, 'ms')}; ${inDom} rows in the page`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
