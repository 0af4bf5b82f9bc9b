// Benchmark: Pouls (CSV reading + analysis in memory) beside a reference pipeline (pandas +
// networkx + python-igraph from Debian's packages) on the same synthetic communities, and the
// product path end to end: `pouls import` of the four native CSV files into a fresh SQLite store,
// then `pouls analyze --json`, with 1 thread and with the default (all cores).
// Usage: npm run bench [-- 100k 1m 5m] [--measured-pivots K] [--sides pouls,product,reference]
// The product path runs the built CLI (bin/pouls.js → dist/): run `npm run build` first.
// Data are generated once (seeded) under $TMPDIR/pouls-bench/<size>; src/analytics is compiled
// to node_modules/.cache/pouls-bench. Each side runs under /usr/bin/time -v (wall time, peak RSS).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = {
  '100k': { messages: 100_000, members: 10_000, measuredPivots: 32 },
  '1m': { messages: 1_000_000, members: 20_000, measuredPivots: 8 },
  '5m': { messages: 5_000_000, members: 100_000, measuredPivots: 2 },
};
const TIMEOUT_MS = 15 * 60_000;

const args = process.argv.slice(2);
const pivotFlag = args.indexOf('--measured-pivots');
const pivotOverride = pivotFlag >= 0 ? Number(args[pivotFlag + 1]) : null;
const sidesFlag = args.indexOf('--sides');
const sides = new Set(
  sidesFlag >= 0 ? args[sidesFlag + 1].split(',') : ['pouls', 'product', 'reference'],
);
const sizes = args.filter((a, i) => a in SIZES && (pivotFlag < 0 || i !== pivotFlag + 1));
if (sizes.length === 0) sizes.push('100k', '1m');

const build = join(root, 'node_modules/.cache/pouls-bench');
rmSync(build, { recursive: true, force: true });
execFileSync(
  join(root, 'node_modules/.bin/tsc'),
  [
    '--outDir',
    build,
    '--rootDir',
    join(root, 'src'),
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--target',
    'es2022',
    '--strict',
    '--skipLibCheck',
    '--esModuleInterop',
    join(root, 'src/analytics/index.ts'),
  ],
  { stdio: 'inherit' },
);

/**
 * Runs one side of the bench when it is wanted; a side that fails or times out is reported and
 * left out of the tables (null), so the other sides' results are still printed.
 */
function attempt(wanted, label, run) {
  if (!wanted) return null;
  try {
    return run();
  } catch (error) {
    console.error(
      `${label}: failed or timed out, left out: ${String(error.message).slice(0, 1000)}`,
    );
    return null;
  }
}

/** Runs a command under /usr/bin/time -v; returns its JSON line, wall seconds and peak RSS. */
function measure(command, commandArgs) {
  const run = timed(command, commandArgs);
  const json = JSON.parse(run.stdout.trim().split('\n').at(-1));
  return { ...json, wallSeconds: run.wallSeconds, peakMiB: run.peakMiB };
}

/** Runs a command under /usr/bin/time -v: its output, wall and CPU seconds, peak RSS, load. */
function timed(command, commandArgs) {
  const load = loadavg()[0];
  const run = spawnSync('/usr/bin/time', ['-v', command, ...commandArgs], {
    cwd: root,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) {
    const why =
      run.error?.code === 'ETIMEDOUT' ? `timed out after ${TIMEOUT_MS / 60_000} min` : 'failed';
    throw new Error(`${command} ${why}: ${run.stderr.slice(-2000)}`);
  }
  const peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]);
  const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr);
  const seconds = Number(wall?.[1] ?? 0) * 3600 + Number(wall?.[2]) * 60 + Number(wall?.[3]);
  const cpu =
    Number(/User time \(seconds\): ([\d.]+)/.exec(run.stderr)?.[1]) +
    Number(/System time \(seconds\): ([\d.]+)/.exec(run.stderr)?.[1]);
  return {
    stdout: run.stdout,
    wallSeconds: seconds,
    cpuSeconds: cpu,
    peakMiB: peakKiB / 1024,
    loadBefore: load,
    loadAfter: loadavg()[0],
  };
}

/** The product path: `pouls import` of the four CSV files into a fresh store, then `analyze`. */
function product(dir) {
  const db = join(dir, 'product.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const imports = ['members', 'events', 'attendance', 'messages'].map((kind) =>
    timed('node', ['bin/pouls.js', '--db', db, 'import', kind, join(dir, `${kind}.csv`)]),
  );
  const analyse = (threads) => {
    const run = timed('node', [
      'bin/pouls.js',
      '--db',
      db,
      'analyze',
      '--as-of',
      '2024-12-31',
      '--json',
      ...(threads === null ? [] : ['--threads', String(threads)]),
    ]);
    const analysis = JSON.parse(run.stdout);
    delete run.stdout;
    return { ...run, nodes: analysis.network.nodes, edges: analysis.network.edges };
  };
  const oneThread = analyse(1);
  const allCores = analyse(null);
  return {
    importSeconds: imports.reduce((sum, r) => sum + r.wallSeconds, 0),
    importCpuSeconds: imports.reduce((sum, r) => sum + r.cpuSeconds, 0),
    messagesImportSeconds: imports[3].wallSeconds,
    importPeakMiB: Math.max(...imports.map((r) => r.peakMiB)),
    oneThread,
    allCores,
    cores: availableParallelism(),
  };
}

const rows = [];
for (const size of sizes) {
  const spec = SIZES[size];
  const dir = join(tmpdir(), 'pouls-bench', size);
  if (!existsSync(join(dir, 'messages.csv'))) {
    execFileSync(
      'node',
      [
        join(root, 'bench/generate.js'),
        '--messages',
        String(spec.messages),
        '--members',
        String(spec.members),
        '--out',
        dir,
      ],
      { stdio: 'inherit' },
    );
  }
  console.error(`${size}: Pouls…`);
  const pouls = attempt(sides.has('pouls'), `${size} Pouls`, () =>
    measure('node', ['--max-old-space-size=8192', 'bench/pouls-pipeline.js', dir, build]),
  );
  console.error(`${size}: product path (pouls import + pouls analyze)…`);
  const path = attempt(sides.has('product'), `${size} product path`, () => product(dir));
  console.error(`${size}: reference…`);
  const pivots = String(pivotOverride ?? spec.measuredPivots);
  const reference = attempt(sides.has('reference'), `${size} reference`, () =>
    measure('/usr/bin/python3', ['bench/reference/analyse.py', dir, '--measured-pivots', pivots]),
  );
  rows.push({ size, pouls, path, reference });
  console.error(JSON.stringify({ size, pouls, path, reference }));
}

const g = (x, digits = 1) => x.toFixed(digits);
console.log(
  `\nProduct path (${availableParallelism()} cores; load average before → after each step):`,
);
console.log(
  '| Messages | pouls import (4 files): wall / CPU (messages) | import peak RSS | analyze, 1 thread: wall / CPU | peak RSS | analyze, all cores: wall / CPU | peak RSS | 1 thread ÷ all cores | import + analyze (all cores) |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const { size, path } of rows) {
  if (path === null) continue;
  const a = path.oneThread;
  const b = path.allCores;
  const load = (r) => `load ${g(r.loadBefore)}→${g(r.loadAfter)}`;
  console.log(
    `| ${size} | ${g(path.importSeconds)} s / ${g(path.importCpuSeconds)} s (${g(path.messagesImportSeconds)} s) | ${g(path.importPeakMiB, 0)} MiB | ${g(a.wallSeconds)} s / ${g(a.cpuSeconds)} s (${load(a)}) | ${g(a.peakMiB, 0)} MiB | ${g(b.wallSeconds)} s / ${g(b.cpuSeconds)} s (${load(b)}) | ${g(b.peakMiB, 0)} MiB | ${g(a.wallSeconds / b.wallSeconds, 2)}× | ${g(path.importSeconds + b.wallSeconds)} s |`,
  );
}

const f = (x, digits = 1) => x.toFixed(digits);
console.log(
  '| Messages | Members | Edges | Pouls read + analyse | Pouls peak RSS | Reference (pandas + networkx + igraph) | Reference peak RSS | Reference ÷ Pouls |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const { size, pouls, reference } of rows) {
  if (pouls === null || reference === null) continue;
  // Betweenness measured from fewer pivots: add the extrapolated remainder to the wall time.
  const measured = reference.betweennessPivotsMeasured;
  const sampled = measured !== null && measured < 256;
  const refTotal = sampled
    ? reference.wallSeconds + reference.betweennessSeconds * (1 - measured / 256)
    : reference.wallSeconds;
  const note = sampled ? ` (betweenness extrapolated from ${measured} pivots)` : '';
  console.log(
    `| ${size} | ${pouls.members} | ${pouls.edges} | ${f(pouls.wallSeconds)} s (read ${f(pouls.readSeconds)} s, analyse ${f(pouls.analyseSeconds)} s) | ${f(pouls.peakMiB, 0)} MiB | ${f(refTotal)} s (read ${f(reference.readSeconds)} s, betweenness ${f(reference.betweennessSeconds)} s, Louvain ${f(reference.louvainSeconds)} s)${note} | ${f(reference.peakMiB, 0)} MiB | ${f(refTotal / pouls.wallSeconds)}× |`,
  );
}
console.log(
  '\nSame results on both sides (nodes, edges, Gini, active members of the last month; modularity):',
);
for (const { size, pouls, reference } of rows) {
  if (pouls === null || reference === null) continue;
  console.log(
    `- ${size}: nodes ${pouls.nodes} / ${reference.nodes}, edges ${pouls.edges} / ${reference.edges}, Gini ${f(pouls.gini, 4)} / ${f(reference.gini, 4)}, last month active ${pouls.activeLastMonth} / ${reference.activeLastMonth}, modularity ${f(pouls.modularity, 4)} / ${f(reference.modularity, 4)}`,
  );
}
