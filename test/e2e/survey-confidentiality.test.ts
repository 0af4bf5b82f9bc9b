import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cliStore } from '../support/stores.js';

const HEADER =
  '"Horodateur","Adresse e-mail","La raison d\'être de la communauté est claire pour moi","Je peux faire confiance aux membres de la communauté.","Les activités de la communauté me sont utiles sur le moment.","Qu’est-ce qui freine votre participation?","Combien d’heures par mois pouvez-vous consacrer à la communauté?","Racontez une fois où la communauté a changé quelque chose dans votre travail.","Nommez jusqu’à 5 membres avec qui vous avez échangé au cours des 6 derniers mois.","Acceptez-vous que votre récit soit cité de façon anonyme?"';

/** Respondents: 8 in Montréal, 6 in Capitale-Nationale, 3 in Gaspésie (under 5); half decline quotes. */
function files(dir: string) {
  const people = Array.from({ length: 17 }, (_, i) => ({
    email: `r${i}@example.org`,
    region: i < 8 ? 'Montréal' : i < 11 ? 'Gaspésie–Îles-de-la-Madeleine' : 'Capitale-Nationale',
    quotes: i % 2 === 0,
  }));
  writeFileSync(
    join(dir, 'membres.csv'),
    `email,name,region,joined_at\n${people.map((p, i) => `${p.email},Répondant ${i},${p.region},2023-01-01`).join('\n')}\n`,
  );
  const rows = people.map((p, i) => {
    const story = p.quotes
      ? `Le réseautage régional m’a aidé à trouver des partenaires de diffusion ${i}`
      : `Confidentiel-refus-${i} le réseautage régional m’a aidé à trouver des partenaires`;
    return `"2024/10/2${i % 9} 9:14:03 AM UTC−4","${p.email}","Plutôt d’accord","Tout à fait d’accord","Plutôt d’accord","Manque de temps","3","${story}","","${p.quotes ? 'Oui' : 'Non'}"`;
  });
  writeFileSync(join(dir, 'sondage.csv'), `${HEADER}\n${rows.join('\n')}\n`);
}

async function run(dir: string, argv: string[]) {
  let stdout = '';
  const { args, env } = await cliStore(['--db', join(dir, 'pouls.db'), ...argv], {});
  const code = await main(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: () => {},
    env,
    today: '2024-11-15',
  });
  return { code, stdout };
}

describe('survey confidentiality through every output', () => {
  it('never shows a group under 5, nor a quote or identity the respondent did not consent to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pouls-survey-conf-'));
    files(dir);
    expect((await run(dir, ['import', 'members', join(dir, 'membres.csv')])).code).toBe(0);
    expect((await run(dir, ['import', 'survey', join(dir, 'sondage.csv')])).code).toBe(0);
    const analysis = await run(dir, ['analyze', '--as-of', '2024-11-15', '--json']);
    expect(analysis.code).toBe(0);
    const survey = JSON.parse(analysis.stdout).survey;
    expect(survey.respondents).toBe(17);
    const regions = survey.segments.filter((s: { by: string }) => s.by === 'region');
    expect(regions.map((s: { group: string }) => s.group)).not.toContain(
      'Gaspésie–Îles-de-la-Madeleine',
    );
    const diagnosis = await run(dir, ['diagnose', '--as-of', '2024-11-15', '--json']);
    expect((await run(dir, ['report', '--format', 'html', '--out', join(dir, 'out')])).code).toBe(
      0,
    );
    const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    for (const [name, output] of [
      ['analysis', JSON.stringify(survey)],
      ['diagnosis', diagnosis.stdout],
      ['report', html],
    ] as const) {
      expect(output, name).not.toContain('Confidentiel-refus');
      expect(output, name).not.toMatch(/r\d+@example\.org/);
    }
    // The checks bite: consenting quotes and the large group do come through.
    expect(JSON.stringify(survey)).toContain('partenaires de diffusion');
    expect(regions.map((s: { group: string }) => s.group)).toContain('Montréal');
  }, 120_000);
});
