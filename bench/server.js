#!/usr/bin/env node
// Web server benchmark: starts `pouls serve` (its own process) on loopback over the demo
// community, signs in, and drives the dashboard API (analysis, diagnosis, plan) with autocannon:
// 50 concurrent connections for a bounded time, then the plan slider (a new budget per request,
// 5 connections), on SQLite and on a throwaway PostgreSQL cluster. Reports p50/p95/p99 latency,
// requests per second and the error rate. Run after `npm run build`.
//   node bench/server.js [--duration SECONDS] [--only sqlite|postgres]
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { addUser } from '../dist/app/auth.js';
import { seedDemo } from '../dist/app/seed-demo.js';
import { createDb } from '../dist/store/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const DURATION = Number(option('--duration', '10'));
const ONLY = option('--only', undefined);
const CONNECTIONS = 50;
const SLIDER_CONNECTIONS = 5;
const PASSWORD = 'benchmark password';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The PostgreSQL server tools, as test/support/postgres-global-setup.ts finds them. */
function postgresBin() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.map((v) => join(root, v, 'bin')).find((d) => existsSync(join(d, 'initdb')));
}

function runPg(command, argv) {
  const asRoot = process.getuid?.() === 0;
  const [file, list] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', command, ...argv]]
    : [command, argv];
  execFileSync(file, list, { stdio: 'pipe' });
}

/** Starts a throwaway cluster; returns its URL and how to stop it. */
async function startPostgres() {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL server binaries not found (apt-get install postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'pouls-bench-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  runPg(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  runPg(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    'start',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
  ]);
  const admin = new pg.Client({
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
  });
  await admin.connect();
  await admin.query('create database pouls_bench');
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/pouls_bench`,
    stop() {
      runPg(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One autocannon run; latencies are collected per response to compute p95 exactly. */
function load(url, cookie, requests, setupPath, connections = CONNECTIONS) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let counter = 0;
    const instance = autocannon(
      {
        url,
        connections,
        duration: DURATION,
        headers: { cookie },
        requests: requests.map((path) => ({
          method: 'GET',
          path,
          ...(setupPath ? { setupRequest: (req) => ({ ...req, path: setupPath(counter++) }) } : {}),
        })),
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        // `errors` counts failed requests (timeouts included); `non2xx` answered ones.
        const total = result.requests.total;
        const errors = result.errors + result.non2xx;
        resolve({
          requests: total,
          rps: total / DURATION,
          connections,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          errorRate: total + result.errors ? errors / (total + result.errors) : 0,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
}

/** Starts `pouls serve` in its own process (autocannon must not share its event loop). */
async function serve(dbArgs, env) {
  const port = await freePort();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['bin/pouls.js', ...dbArgs, 'serve', '--port', String(port)],
      {
        env: { ...process.env, ...env, POULS_LANG: 'en' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (match) resolve({ url: match[1], child });
    });
    child.on('exit', (code) => reject(new Error(`pouls serve exited (${code}): ${out}`)));
  });
}

async function bench(kind, config, dbArgs, env) {
  const store = await createDb(config);
  const { slug, asOf } = await seedDemo(store);
  await addUser(store, {
    email: 'bench@pouls.test',
    password: PASSWORD,
    role: 'viewer',
    community: slug,
    now: new Date(),
  });
  await store.close();
  const { url, child } = await serve(dbArgs, env);
  const stopped = new Promise((resolve) => child.once('exit', resolve));
  try {
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@pouls.test', password: PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login: ${login.status}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const base = `/api/communities/${slug}`;
    const time = async (path) => {
      const started = performance.now();
      const res = await fetch(`${url}${path}`, { headers: { cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      return performance.now() - started;
    };
    // Cold: the first request computes and caches the community's dashboard.
    const cold = await time(`${base}/diagnosis?asOf=${asOf}`);
    const dashboard = [
      `${base}/analysis?asOf=${asOf}`,
      `${base}/diagnosis?asOf=${asOf}`,
      `${base}/plan?asOf=${asOf}`,
    ];
    for (const path of dashboard) await time(path);
    const cached = await load(url, cookie, dashboard);
    // The budget slider: a new budget on every request, so the optimiser runs every time; five
    // people dragging a slider at once (each optimisation holds the event loop).
    const slider = await load(
      url,
      cookie,
      [`${base}/plan?asOf=${asOf}`],
      (i) => `${base}/plan?asOf=${asOf}&budget=${40 + ((i * 7919) % 100_000) / 100}`,
      SLIDER_CONNECTIONS,
    );
    return { kind, cold, cached, slider };
  } finally {
    child.kill('SIGINT');
    await stopped;
  }
}

const results = [];
if (ONLY !== 'postgres') {
  const dir = mkdtempSync(join(tmpdir(), 'pouls-bench-server-'));
  results.push(
    await bench(
      'SQLite',
      { kind: 'sqlite', path: join(dir, 'pouls.db') },
      ['--db', join(dir, 'pouls.db')],
      {},
    ),
  );
  rmSync(dir, { recursive: true, force: true });
}
if (ONLY !== 'sqlite') {
  const cluster = await startPostgres();
  try {
    results.push(
      await bench('PostgreSQL', { kind: 'postgres', url: cluster.url }, [], {
        DATABASE_URL: cluster.url,
      }),
    );
  } finally {
    cluster.stop();
  }
}

const ms = (x) => `${x.toFixed(0)} ms`;
console.log(
  `${DURATION} s per run, demo community (Node ${process.version}), load average ${loadavg()[0].toFixed(1)}`,
);
console.log('');
console.log('| store | load | connections | req/s | p50 | p95 | p99 | errors |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  for (const [name, x] of [
    ['dashboard (analysis, diagnosis, plan)', r.cached],
    ['plan slider (new budget each request)', r.slider],
  ]) {
    console.log(
      `| ${r.kind} | ${name} | ${x.connections} | ${x.rps.toFixed(0)} | ${ms(x.p50)} | ${ms(x.p95)} | ${ms(x.p99)} | ${(x.errorRate * 100).toFixed(2)} % |`,
    );
  }
}
console.log('');
for (const r of results) console.log(`${r.kind}: first dashboard request (uncached) ${ms(r.cold)}`);
