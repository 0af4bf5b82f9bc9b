// Seeded generator of large synthetic communities in Pouls's native CSV formats (product.md §5):
// members, events, attendance and messages (60 % replies), heavy-tailed activity over four years.
// Usage: node bench/generate.js --messages 1000000 --members 20000 --out bench/data/1m [--seed 1]
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const REGIONS = [
  'Montréal',
  'Capitale-Nationale',
  'Estrie',
  'Outaouais',
  'Laurentides',
  'Montérégie',
  'Bas-Saint-Laurent',
  'Saguenay–Lac-Saint-Jean',
  'Mauricie',
  'Côte-Nord',
  'Gaspésie–Îles-de-la-Madeleine',
];
const DISCIPLINES = [
  'Théâtre',
  'Musique',
  'Danse',
  'Arts visuels',
  'Cinéma',
  'Littérature',
  'Cirque',
];
const ORG_TYPES = [
  'Festival',
  'Diffuseur pluridisciplinaire',
  'Musée',
  'Compagnie',
  'Salle de spectacle',
];
const CHANNELS = [
  'général',
  'promotion',
  'billetterie',
  'réseaux-sociaux',
  'infolettre',
  'données',
  'outils',
  'événements',
  'entraide',
  'annonces',
  'veille',
  'régions',
];
const WORDS = [
  'promotion',
  'public',
  'billet',
  'campagne',
  'infolettre',
  'budget',
  'Facebook',
  'données',
  'festival',
  'saison',
  'relance',
  'merci',
  'question',
  'idée',
  'atelier',
  'outil',
  'résultats',
];
const START = Date.UTC(2021, 0, 1);
const END = Date.UTC(2024, 11, 31, 23, 59);

/** Mulberry32, as in src/analytics/mulberry32.ts. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf-like weights 1 / rank^0.9 over a random permutation: a few very active members. */
function heavyTailSampler(n, random) {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / (i + 1) ** 0.9;
    cumulative[i] = total;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return order[lo];
  };
}

function csv(value) {
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A write stream with a large buffer, written line by line. */
function writer(path, header) {
  const stream = createWriteStream(path, { highWaterMark: 1 << 20 });
  let buffer = `${header}\n`;
  return {
    row(fields) {
      buffer += `${fields.map(csv).join(',')}\n`;
      if (buffer.length > 1 << 20) {
        stream.write(buffer);
        buffer = '';
      }
    },
    end: () => new Promise((resolve) => stream.end(buffer, resolve)),
  };
}

const iso = (ms) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
const day = (ms) => new Date(ms).toISOString().slice(0, 10);
const email = (m) => `membre${m}@exemple.qc.ca`;

async function main() {
  const { values } = parseArgs({
    options: {
      messages: { type: 'string', default: '100000' },
      members: { type: 'string', default: '10000' },
      events: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench/data/100k' },
    },
  });
  const messageCount = Number(values.messages);
  const memberCount = Number(values.members);
  const eventCount = Number(values.events ?? Math.round(100 + messageCount / 3500));
  const random = mulberry32(Number(values.seed));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const author = heavyTailSampler(memberCount, random);
  mkdirSync(values.out, { recursive: true });

  const joined = Float64Array.from(
    { length: memberCount },
    () => START + random() * (END - START) * 0.9,
  );
  const members = writer(
    join(values.out, 'members.csv'),
    'email,name,organization,role,region,disciplines,org_type,joined_at,left_at,staff',
  );
  for (let m = 0; m < memberCount; m++) {
    const disciplines =
      random() < 0.3 ? `${pick(DISCIPLINES)};${pick(DISCIPLINES)}` : pick(DISCIPLINES);
    members.row([
      email(m),
      `Membre ${m}`,
      `Organisme ${m % 997}`,
      pick(['Direction', 'Communications', 'Marketing']),
      pick(REGIONS),
      disciplines,
      pick(ORG_TYPES),
      day(joined[m]),
      '',
      m < 5 ? 'yes' : 'no',
    ]);
  }
  await members.end();

  const events = writer(
    join(values.out, 'events.csv'),
    'id,title,date,end,format,kind,theme,organizer,registrants',
  );
  const attendance = writer(join(values.out, 'attendance.csv'), 'event,date,participant,role');
  for (let e = 0; e < eventCount; e++) {
    const at = START + ((e + random()) / eventCount) * (END - START);
    const size = Math.min(memberCount, Math.floor(15 + 200 * random() ** 3));
    events.row([
      `ev${e}`,
      `Rencontre ${e}, ${pick(WORDS)}`,
      day(at),
      '',
      pick(['virtual', 'in_person', 'hybrid']),
      'rencontre',
      pick(WORDS),
      email(e % 5),
      size + 10,
    ]);
    const seen = new Set();
    for (let i = 0; i < size; i++) seen.add(author());
    let first = true;
    for (const m of seen) {
      attendance.row([`ev${e}`, day(at), email(m), first ? 'host' : 'participant']);
      first = false;
    }
  }
  await events.end();
  await attendance.end();

  const messages = writer(
    join(values.out, 'messages.csv'),
    'id,author,channel,timestamp,reply_to,thread,text',
  );
  const threadOf = new Int32Array(messageCount);
  const step = (END - START) / messageCount;
  for (let i = 0; i < messageCount; i++) {
    const at = START + (i + random()) * step;
    let replyTo = '';
    let thread = `m${i}`;
    if (i > 0 && random() < 0.6) {
      const target = i - 1 - Math.floor(random() ** 2 * Math.min(i, 400));
      replyTo = `m${target}`;
      threadOf[i] = threadOf[target];
      thread = `m${threadOf[i]}`;
    } else {
      threadOf[i] = i;
    }
    const text = `${pick(WORDS)} ${pick(WORDS)}, ${pick(WORDS)} "${pick(WORDS)}" ${pick(WORDS)} ${pick(WORDS)}`;
    messages.row([`m${i}`, email(author()), pick(CHANNELS), iso(at), replyTo, thread, text]);
  }
  await messages.end();
  console.error(
    `${values.out}: ${memberCount} members, ${eventCount} events, ${messageCount} messages`,
  );
}

await main();
