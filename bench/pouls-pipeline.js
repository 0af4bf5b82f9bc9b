// The Pouls side of the benchmark: reads the native CSV files into a Dataset with the bench CSV
// reader, runs `analyse`, and prints timings, peak memory and a few results as JSON.
// Usage: node bench/pouls-pipeline.js DIR BUILD_DIR [--as-of 2024-12-31]
// BUILD_DIR holds src/analytics compiled to JavaScript (run.js compiles it with tsc).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { readCsv } from './csv-reader.js';

function column(header, name) {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`missing column ${name}`);
  return i;
}

/** Reads members, events, attendance and messages into the engine's Dataset. */
async function readDataset(dir) {
  const members = [];
  const memberId = new Map();
  await readCsv(`${dir}/members.csv`, (f) => {
    const id = members.length + 1;
    memberId.set(f[0], id);
    members.push({
      id,
      name: f[1],
      identities: [],
      organization: f[2] || null,
      role: f[3] || null,
      region: f[4] || null,
      disciplines: f[5] ? f[5].split(';') : [],
      orgType: f[6] || null,
      joinedAt: f[7] || null,
      leftAt: f[8] || null,
      staff: f[9] === 'yes',
    });
  });
  const events = [];
  const eventId = new Map();
  await readCsv(`${dir}/events.csv`, (f) => {
    const id = events.length + 1;
    eventId.set(f[0], id);
    events.push({
      id,
      externalId: f[0],
      title: f[1],
      date: f[2],
      end: f[3] || null,
      format: f[4] || null,
      kind: f[5] || null,
      theme: f[6] || null,
      organizerId: memberId.get(f[7]) ?? null,
      registrants: f[8] ? Number(f[8]) : null,
    });
  });
  const attendance = [];
  await readCsv(`${dir}/attendance.csv`, (f) => {
    const e = eventId.get(f[0]);
    const m = memberId.get(f[2]);
    if (e !== undefined && m !== undefined)
      attendance.push({ eventId: e, memberId: m, role: f[3] });
  });
  const messages = [];
  const header = await readCsv(`${dir}/messages.csv`, (f) => {
    const author = memberId.get(f[1]);
    if (author === undefined) return;
    // The analysis never reads the text: it is parsed but not kept, as a store would page it.
    messages.push({
      id: messages.length + 1,
      externalId: f[0],
      authorId: author,
      channel: f[2],
      timestamp: f[3],
      replyTo: f[4] || null,
      thread: f[5] || null,
      text: '',
      mentions: [],
    });
  });
  column(header, 'reply_to');
  const community = { id: 1, slug: 'bench', name: 'Bench', host: null };
  return { community, members, events, attendance, messages, contributions: [], ties: [] };
}

const dir = process.argv[2];
const { analyse } = await import(pathToFileURL(`${process.argv[3]}/analytics/analyse.js`).href);
const asOf = process.argv.includes('--as-of')
  ? process.argv[process.argv.indexOf('--as-of') + 1]
  : '2024-12-31';
const t0 = performance.now();
const dataset = await readDataset(dir);
const t1 = performance.now();
const result = analyse(dataset, { asOf });
const t2 = performance.now();
console.log(
  JSON.stringify({
    side: 'pouls',
    readSeconds: (t1 - t0) / 1000,
    analyseSeconds: (t2 - t1) / 1000,
    totalSeconds: (t2 - t0) / 1000,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    members: dataset.members.length,
    messages: dataset.messages.length,
    nodes: result.network.nodes,
    edges: result.network.edges,
    modularity: result.network.modularity,
    communities: result.network.communities.length,
    gini: result.participation.gini,
    activeLastMonth: result.timeline.at(-1)?.activeMembers ?? 0,
  }),
);
