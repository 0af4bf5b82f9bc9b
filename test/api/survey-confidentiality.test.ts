import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_CASES } from '../support/stores.js';
import { type Browser, type Harness, jsonInit, openHarness } from './api-harness.js';

const HEADER =
  '"Horodateur","Adresse e-mail","La raison d\'être de la communauté est claire pour moi","Je peux faire confiance aux membres de la communauté.","Les activités de la communauté me sont utiles sur le moment.","Qu’est-ce qui freine votre participation?","Combien d’heures par mois pouvez-vous consacrer à la communauté?","Racontez une fois où la communauté a changé quelque chose dans votre travail.","Nommez jusqu’à 5 membres avec qui vous avez échangé au cours des 6 derniers mois.","Acceptez-vous que votre récit soit cité de façon anonyme?"';
const GASPESIE = 'Gaspésie–Îles-de-la-Madeleine';

/** 17 respondents: 8 in Montréal, 3 in Gaspésie (a group under 5), 6 in Capitale-Nationale; odd ones decline quotes. */
const people = Array.from({ length: 17 }, (_, i) => ({
  email: `r${i}@example.org`,
  region: i < 8 ? 'Montréal' : i < 11 ? GASPESIE : 'Capitale-Nationale',
  quotes: i % 2 === 0,
}));
const roster = `email,name,region,joined_at\n${people.map((p, i) => `${p.email},Répondant ${i},${p.region},2023-01-01`).join('\n')}\n`;
const survey = `${HEADER}\n${people
  .map((p, i) => {
    const story = p.quotes
      ? `Le réseautage régional m’a aidé à trouver des partenaires de diffusion ${i}`
      : `Confidentiel-refus-${i} le réseautage régional m’a aidé à trouver des partenaires`;
    return `"2024/10/2${i % 9} 9:14:03 AM UTC−4","${p.email}","Plutôt d’accord","Tout à fait d’accord","Plutôt d’accord","Manque de temps","3","${story}","","${p.quotes ? 'Oui' : 'Non'}"`;
  })
  .join('\n')}\n`;

function upload(kind: string, content: string): FormData {
  const form = new FormData();
  form.set('kind', kind);
  form.set('dryRun', 'false');
  form.set('file', new File([content], `${kind}.csv`));
  return form;
}

describe.each(STORE_CASES)('survey confidentiality through the API on $name', (storeCase) => {
  let h: Harness;
  let root: Browser;
  beforeAll(async () => {
    h = await openHarness(storeCase);
    root = await h.login('root');
    const made = await h.request(
      '/api/communities',
      jsonInit('POST', { slug: 'conf', name: 'Confidentialité' }, root),
    );
    expect(made.status).toBe(201);
    for (const [kind, content] of [
      ['members', roster],
      ['survey', survey],
    ] as const) {
      const res = await h.request('/api/communities/conf/imports', {
        method: 'POST',
        body: upload(kind, content),
        as: root,
      });
      expect(await res.json(), kind).toMatchObject({ ok: true, dryRun: false });
    }
  });
  afterAll(async () => {
    await h.close();
  });

  const read = async (path: string) => {
    const res = await h.request(`/api/communities/conf/${path}`, { as: root });
    expect(res.status, path).toBe(200);
    return res.text();
  };

  it('shows no group under 5 and no non-consenting quote or respondent, even to an admin', async () => {
    const analysis = JSON.parse(await read('analysis?asOf=2024-11-15')) as {
      survey: { respondents: number; segments: Array<{ by: string; group: string }> };
    };
    expect(analysis.survey.respondents).toBe(17);
    const regions = analysis.survey.segments.filter((s) => s.by === 'region').map((s) => s.group);
    expect(regions).toContain('Montréal');
    expect(regions).not.toContain(GASPESIE);
    const surveyView = JSON.parse(await read('survey')) as { results: unknown };
    const made = await h.request(
      '/api/communities/conf/reports',
      jsonInit('POST', { format: 'html', lang: 'fr' }, root),
    );
    const { url } = (await made.json()) as { url: string };
    const outputs: Array<[string, string]> = [
      ['analysis', JSON.stringify(analysis.survey)],
      ['diagnosis', await read('diagnosis?asOf=2024-11-15')],
      ['survey results', JSON.stringify(surveyView.results)],
      ['report', await read(url.replace('/api/communities/conf/', ''))],
    ];
    for (const [name, text] of outputs) {
      expect(text, name).not.toContain('Confidentiel-refus');
      expect(text, name).not.toMatch(/r\d+@example\.org/);
    }
    // The checks bite: consenting quotes come through somewhere.
    expect(outputs.map(([, text]) => text).join('')).toContain('partenaires de diffusion');
  }, 120_000);

  it('never shows another respondent in a member’s record', async () => {
    const id = (
      await h.store.db
        .selectFrom('members')
        .select('id')
        .where('name', '=', 'Répondant 2')
        .executeTakeFirstOrThrow()
    ).id;
    const record = await read(`privacy/members/${id}`);
    expect(record).toContain('r2@example.org');
    expect(record.match(/r\d+@example\.org/g)?.every((e) => e === 'r2@example.org')).toBe(true);
    expect(record).not.toMatch(/Répondant (?!2\b)\d+/);
    expect(record).not.toContain('Confidentiel-refus');
  });
});
