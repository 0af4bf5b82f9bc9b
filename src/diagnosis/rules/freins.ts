import { c, type Rule } from './rule.js';

const frein = (
  code: string,
  fr: string,
  en: string,
  rest: Omit<Rule, 'kind' | 'code' | 'title'>,
): Rule => ({
  kind: 'frein',
  code,
  title: { fr, en },
  ...rest,
});

/**
 * The freins of method.md §4.3 with the signals that reveal them. F15 (premature intersectoral
 * ambition) has no signal in the data or the survey: only the steward can raise it.
 */
export const FREIN_RULES: readonly Rule[] = [
  frein('F1', 'Manque de temps des membres', 'Members lack time', {
    triggers: [[c('OBS.F1', 'red')], [c('survey.hours', 'red')]],
    support: [c('OBS.F1', 'amber'), c('survey.hours', 'amber')],
    references: ['ANU (2019)', 'Cornu (2016)', 'Enjeux et société (2020)'],
    actions: ['A6', 'A8', 'A21'],
  }),
  frein('F2', 'Animation sous-dotée ou invisible', 'Animation under-resourced or invisible', {
    triggers: [[c('O2', 'notGreen')], [c('O3', 'red')], [c('survey.animation', 'red')]],
    support: [c('survey.animation', 'amber'), c('P3', 'red')],
    references: ['Praxis mémoire 4.9', 'Wenger, cité par EPN'],
    actions: ['A5', 'A22', 'A29'],
  }),
  frein('F3', 'Domaine flou ou qui dérive', 'Unclear or drifting domain', {
    triggers: [[c('D1', 'notGreen')], [c('OBS.F3', 'red')]],
    support: [c('survey.domain', 'notGreen'), c('OBS.F3', 'amber')],
    references: ['Cagley (2014)', 'Probst & Borzillo (2008)'],
    actions: ['A1', 'A2', 'A4'],
  }),
  frein(
    'F4',
    'Dépendance à l’animation, noyau absent',
    'Dependency on the animator, no core group',
    {
      triggers: [[c('P3', 'notGreen')], [c('P2', 'red')]],
      support: [c('P2', 'amber'), c('OBS.F4', 'notGreen'), c('concentration.gini', 'notGreen')],
      references: ['Probst & Borzillo (2008)', 'Webber, leader-energy curve'],
      actions: ['A5', 'A14', 'A22'],
    },
  ),
  frein('F5', 'Liens faibles, confiance limitée', 'Weak ties, low trust', {
    triggers: [
      [c('network.clustering', 'red')],
      [c('network.isolates', 'red')],
      [c('survey.trust', 'red')],
      [c('OBS.F5', 'red')],
      [c('network.isolates', 'amber'), c('survey.trust', 'amber')],
    ],
    support: [c('network.clustering', 'amber'), c('OBS.F5', 'amber')],
    references: ['Probst & Borzillo (2008)', 'F3E'],
    actions: ['A11', 'A12', 'A23'],
  }),
  frein('F6', 'Faible appartenance à la communauté', 'Weak identification with the community', {
    triggers: [[c('S1', 'red')], [c('OBS.F6', 'red')]],
    support: [c('S1', 'amber'), c('P6', 'notGreen')],
    references: ['Probst & Borzillo (2008)', 'Tremblay (2005)'],
    actions: ['A10', 'A15', 'A27'],
  }),
  frein('F7', 'Faible légitimité du parrain', 'Weak sponsor legitimacy', {
    triggers: [[c('O1', 'notGreen')], [c('OBS.F7', 'red')]],
    support: [c('OBS.F7', 'amber')],
    references: ['Probst & Borzillo (2008)', 'APQC (2025)', 'Praxis mémoire'],
    actions: ['A2', 'A17', 'A18'],
  }),
  frein('F8', 'Fragmentation des outils', 'Tool fragmentation', {
    triggers: [[c('T1', 'notGreen')], [c('OBS.F8', 'red')]],
    support: [c('OBS.F8', 'amber')],
    references: ['Cornu (2016)', 'Hautdidier (2006)'],
    actions: ['A20', 'A8'],
  }),
  frein('F9', 'Valeur invisible ou non mesurée', 'Value invisible or not measured', {
    triggers: [[c('V1', 'unknown'), c('V2', 'unknown')], [c('V1', 'red')], [c('V2', 'red')]],
    support: [c('V1', 'amber'), c('V2', 'amber')],
    references: ['Praxis mémoire 2.2.5.6', 'Webber, vanity metrics'],
    actions: ['A1', 'A18', 'A19', 'A17'],
  }),
  frein('F10', 'Hétérogénéité des membres', 'Heterogeneous members', {
    triggers: [[c('OBS.F10', 'red')]],
    references: ['Praxis mémoire 5.1.1'],
    actions: ['A11', 'A15'],
  }),
  frein('F11', 'Climat de compétition', 'Competitive climate', {
    triggers: [[c('OBS.F11', 'red')]],
    references: ['Praxis mémoire 5.1.2'],
    actions: ['A2', 'A12'],
  }),
  frein('F12', 'Essoufflement', 'Loss of momentum', {
    triggers: [
      [c('trend.active', 'red')],
      [c('P6', 'red')],
      [c('trend.active', 'amber'), c('P6', 'amber')],
      [c('OBS.F12', 'red')],
    ],
    support: [c('OBS.F12', 'amber'), c('R1.gap', 'red')],
    references: ['Cagley (2014)', 'Webber'],
    actions: ['A4', 'A7', 'A26', 'A28'],
  }),
  frein('F13', 'Fermeture aux nouveaux membres', 'Closed to newcomers', {
    triggers: [[c('P5', 'notGreen')], [c('OBS.F13', 'red')]],
    support: [c('OBS.F13', 'amber')],
    references: ['Probst & Borzillo (2008)', 'Lampron & Dubé (2021)'],
    actions: ['A24', 'A10', 'A7'],
  }),
  frein('F14', 'Formalisation imposée', 'Over-formalisation or imposed changes', {
    triggers: [[c('OBS.F14', 'red')]],
    support: [c('OBS.F14', 'amber')],
    references: ['Communities of Practice (substack)'],
    actions: ['A5', 'A4'],
  }),
];
