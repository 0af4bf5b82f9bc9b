#!/usr/bin/env node
// Import benchmark: writes a native messages CSV of N rows, then times `pouls import messages`
// (streamed parse, identity matching, bulk inserts in one transaction) into a fresh store, and
// reports wall time, throughput, CPU time, peak memory and the load average at the start.
// Run: node bench/import.js [--against ../other-checkout] [--postgres URL] [--threads 1,2] [rows...]
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

// Options: --against DIR (another Pouls checkout, built: timed side by side, same file, same
// minutes, alternating) and --postgres URL (a server where each run gets a fresh database).
const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    against: { type: 'string' },
    postgres: { type: 'string' },
    // `--threads 1,2`: this build once per value of `pouls import --threads` (default: its own choice).
    threads: { type: 'string' },
  },
});
const sizes = positionals.map(Number).filter(Boolean);
const ROWS = sizes.length > 0 ? sizes : [100_000, 1_000_000];
const threads = opts.threads ? opts.threads.split(',') : [undefined];
const builds = threads.map((n) => [
  n ? `this, --threads ${n}` : 'this',
  resolve('bin/pouls.js'),
  n ? ['--threads', n] : [],
]);
if (opts.against) builds.push(['against', resolve(opts.against, 'bin/pouls.js'), []]);

/** A fresh, empty PostgreSQL database on the server, as a URL. */
async function freshDatabase(name) {
  const admin = new pg.Client({ connectionString: opts.postgres });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(opts.postgres);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A seeded generator (mulberry32), so every run imports the same file. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeMessages(path, rows) {
  const next = random(42);
  const members = Math.max(100, Math.round(rows / 50));
  const out = createWriteStream(path);
  out.write('id,author,channel,timestamp,reply_to,thread,text\n');
  for (let i = 1; i <= rows; i++) {
    // Heavy-tailed authors: a few members write most messages.
    const author = Math.floor(members * next() ** 3);
    const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(next() * 4 * 365) * 86_400_000);
    const reply = i > 1 && next() < 0.6 ? `m${1 + Math.floor(next() * (i - 1))}` : '';
    const line = `m${i},membre${author}@exemple.qc.ca,canal-${i % 12},${day.toISOString().slice(0, 10)} 10:${String(i % 60).padStart(2, '0')},${reply},,"Message ${i} sur la découvrabilité, l’infolettre et la billetterie"\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const row = (cells) => console.log(`| ${cells.join(' | ')} |`);
console.log(
  `Store: ${opts.postgres ? 'PostgreSQL' : 'SQLite'}; ${cpus().length} cores; Node ${process.version}`,
);
row(['build', 'rows', 'file', 'time', 'throughput', 'CPU (user+sys)', 'peak memory', 'load avg']);
row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']);
for (const rows of ROWS) {
  const dir = mkdtempSync(join(tmpdir(), 'pouls-bench-import-'));
  const csv = join(dir, 'messages.csv');
  await writeMessages(csv, rows);
  const bytes = statSync(csv).size;
  // Alternate which build runs first, so neither always gets the quieter minute.
  const order = ROWS.indexOf(rows) % 2 === 1 ? [...builds].reverse() : builds;
  for (const [build, bin, extra] of order) {
    const env = { ...process.env };
    const slug = build.replace(/\W+/g, '_');
    if (opts.postgres) env.DATABASE_URL = await freshDatabase(`pouls_bench_${slug}_${rows}`);
    const store = opts.postgres ? [] : ['--db', join(dir, `${slug}.db`)];
    const args = [bin, ...store, 'import', 'messages', csv, ...extra];
    const load = loadavg()[0];
    const started = process.hrtime.bigint();
    const run = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S %M', process.execPath, ...args], {
      encoding: 'utf8',
      env,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.status !== 0) throw new Error(`import failed: ${run.stderr}`);
    const [user, system, peakKb] = (/TIME (\S+) (\S+) (\d+)/.exec(run.stderr) ?? [])
      .slice(1)
      .map(Number);
    // One line per run as soon as it ends, so that a long series can be read as it goes.
    row([
      build,
      rows.toLocaleString('en'),
      `${(bytes / 1e6).toFixed(0)} MB`,
      `${seconds.toFixed(1)} s`,
      `${(bytes / 1e6 / seconds).toFixed(1)} MB/s, ${Math.round(rows / seconds).toLocaleString('en')} rows/s`,
      `${(user + system).toFixed(1)} s`,
      `${(peakKb / 1024).toFixed(0)} MiB`,
      load.toFixed(1),
    ]);
  }
  rmSync(dir, { recursive: true, force: true });
}
