import { c, type Rule } from './rule.js';

const constat = (
  code: string,
  fr: string,
  en: string,
  rest: Omit<Rule, 'kind' | 'code' | 'title'>,
): Rule => ({
  kind: 'constat',
  code,
  title: { fr, en },
  ...rest,
});

/** Observations that are neither freins nor leviers but shape the plan. */
export const CONSTAT_RULES: readonly Rule[] = [
  constat('C1', 'Silos régionaux', 'Regional silos', {
    triggers: [[c('network.regionMixing', 'notGreen')], [c('OBS.distance', 'red')]],
    support: [c('network.modularity', 'notGreen'), c('OBS.distance', 'amber')],
    references: ['Wenger-Trayner, levels of participation', 'quebec.md'],
    actions: ['A23', 'A16', 'A12', 'A11'],
  }),
  constat('C2', 'Participation concentrée', 'Concentrated participation', {
    triggers: [[c('concentration.gini', 'notGreen')]],
    references: ['Gini (1912)', 'Nielsen (2006)'],
    actions: ['A22', 'A27'],
  }),
  constat('C3', 'Rythme irrégulier', 'Irregular rhythm', {
    triggers: [[c('R1.gap', 'red')], [c('R1', 'red')]],
    support: [c('R1', 'amber'), c('R1.gap', 'amber')],
    references: ['Wenger, McDermott & Snyder (2002), principle 7'],
    actions: ['A21'],
  }),
  constat('C4', 'Questions restées sans réponse', 'Unanswered questions', {
    triggers: [[c('responsiveness.unanswered', 'notGreen')]],
    references: ['Dixon, facilitator tasks', 'KM Insider (2025)'],
    actions: ['A13'],
  }),
];
