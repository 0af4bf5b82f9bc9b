import type { ContributionInput, TieInput } from '../model/input.js';
import { addDays, daysInMonth, momentum, monthsBetween } from './calendar.js';
import { type DemoMember, isAvailable } from './members.js';
import type { Random } from './random.js';

/** A shared resource with its author, for the message that announces it. */
export interface DemoResource {
  readonly author: DemoMember;
  readonly input: ContributionInput;
}

const RESOURCE_TITLES: readonly (readonly [kind: string, title: string])[] = [
  ['guide', 'Guide : bien démarrer avec les données structurées'],
  ['guide', 'Guide de la publicité Meta pour petits budgets'],
  ['guide', 'Guide : écrire des textes alternatifs pour les visuels de spectacles'],
  ['guide', 'Guide de l’infolettre culturelle conforme à la Loi 25'],
  ['guide', 'Guide : lire ses données de billetterie en 30 minutes'],
  ['guide', 'Petit guide de l’IA générative pour les communications culturelles'],
  ['gabarit', 'Gabarit de calendrier éditorial pour une saison'],
  ['gabarit', 'Gabarit de plan de communication pour un spectacle'],
  ['gabarit', 'Gabarit de tableau de bord Looker Studio pour la billetterie'],
  ['gabarit', 'Gabarit de séquence de bienvenue pour l’infolettre'],
  ['gabarit', 'Gabarit de brief pour une campagne payante'],
  ['gabarit', 'Gabarit de politique d’usage de l’IA générative'],
  ['étude de cas', 'Étude de cas : une campagne TikTok pour un festival de chanson'],
  ['étude de cas', 'Étude de cas : une infolettre commune entre trois salles en région'],
  ['étude de cas', 'Étude de cas : doubler le taux d’ouverture en segmentant'],
  ['étude de cas', 'Étude de cas : le référencement local d’un musée régional'],
  ['étude de cas', 'Étude de cas : mesurer la provenance des publics avec les codes postaux'],
  ['étude de cas', 'Étude de cas : relancer les abonnés après la pandémie'],
];

/**
 * Shared resources (guides, templates, case studies) over the history, more of them when the
 * community is lively, written mostly by core members and staff.
 */
export function generateResources(
  random: Random,
  members: readonly DemoMember[],
  asOf: string,
): DemoResource[] {
  const titles = random.shuffle(RESOURCE_TITLES);
  const authors = members.filter((m) => ['staff', 'core', 'active'].includes(m.profile));
  const out: DemoResource[] = [];
  for (const month of monthsBetween('2021-01-01', addDays(asOf, -1))) {
    if (titles.length === 0 || !random.chance(0.4 * momentum(month))) continue;
    const date = `${month}-${String(random.int(1, daysInMonth(month))).padStart(2, '0')}`;
    const present = authors.filter((m) => isAvailable(m, date));
    if (date >= asOf || present.length === 0) continue;
    const author = random.pickWeighted(
      present,
      (m) => m.weight * (m.profile === 'staff' ? 0.5 : 1),
    );
    const [kind, title] = titles.shift() ?? ['guide', 'Guide'];
    out.push({ author, input: { author: { email: author.email }, date, kind, title } });
  }
  return out;
}

/**
 * Declared ties from an advice-network survey question ("whom did you turn to for advice in
 * the last 6 months?") asked a month before `asOf`: respondents name 1–3 people, mostly from
 * their own part of Québec, often the animator.
 */
export function generateTies(
  random: Random,
  members: readonly DemoMember[],
  asOf: string,
): TieInput[] {
  const date = addDays(asOf, -16);
  const present = members.filter((m) => m.weight > 0 && isAvailable(m, date));
  const respondents = random.sample(
    present.filter((m) => m.profile !== 'staff'),
    24,
    (m) => m.weight,
  );
  const ties: TieInput[] = [];
  for (const source of respondents) {
    const targets = random.sample(
      present.filter((m) => m !== source),
      random.int(1, 3),
      (m) => m.weight * (m.zone === source.zone ? 4 : 1) * (m.profile === 'staff' ? 2 : 1),
    );
    for (const target of targets) {
      ties.push({
        source: { email: source.email },
        target: { email: target.email },
        weight: random.chance(0.3) ? 2 : 1,
        date,
      });
    }
  }
  return ties;
}
