import { c, type Rule } from './rule.js';

const levier = (
  code: string,
  fr: string,
  en: string,
  rest: Omit<Rule, 'kind' | 'code' | 'title'>,
): Rule => ({
  kind: 'levier',
  code,
  title: { fr, en },
  ...rest,
});

/** Strengths to build on (method.md §4.3 levers; Probst & Borzillo's success factors). */
export const LEVIER_RULES: readonly Rule[] = [
  levier('L1', 'Un noyau solide de membres', 'A strong core of members', {
    triggers: [[c('P2', 'green')]],
    support: [c('P3', 'green')],
    references: ['Wenger, McDermott & Snyder (2002)', 'Probst & Borzillo (2008)'],
    actions: ['A5', 'A22', 'A14'],
  }),
  levier('L2', 'Une bonne rétention', 'Good retention', {
    triggers: [[c('P6', 'green')]],
    references: ['Wenger-Trayner, levels of participation'],
    actions: ['A27'],
  }),
  levier('L3', 'Une valeur immédiate reconnue', 'Recognised immediate value', {
    triggers: [[c('V1', 'green')]],
    references: ['Wenger, Trayner & de Laat (2011)'],
    actions: ['A18', 'A17'],
  }),
  levier('L4', 'Des apprentissages appliqués', 'Learning applied at work', {
    triggers: [[c('V2', 'green')]],
    references: ['Wenger, Trayner & de Laat (2011)'],
    actions: ['A18', 'A17'],
  }),
  levier('L5', 'Un rythme régulier', 'A regular rhythm', {
    triggers: [[c('R1', 'green'), c('R1.gap', 'green')]],
    references: ['Wenger, McDermott & Snyder (2002), principle 7'],
    actions: ['A21'],
  }),
  levier('L6', 'Un bon accueil des nouveaux', 'Newcomers well welcomed', {
    triggers: [[c('P5', 'green')]],
    references: ['Lampron & Dubé (2021)'],
    actions: ['A10'],
  }),
  levier('L7', 'Une communauté qui prend des initiatives', 'A community that takes initiatives', {
    triggers: [[c('P3', 'green')]],
    references: ['Webber, leader-energy curve'],
    actions: ['A22', 'A14'],
  }),
  levier('L8', 'Des membres qui progressent', 'Members moving up', {
    triggers: [[c('P4', 'green')]],
    references: ['Wenger-Trayner, levels of participation'],
    actions: ['A27', 'A22'],
  }),
  levier('L9', 'Un fort sentiment d’appartenance', 'A strong sense of belonging', {
    triggers: [[c('S1', 'green')]],
    support: [c('survey.trust', 'green')],
    references: ['Tremblay (2005)', 'Chavis, Lee & Acosta (2008)'],
    actions: ['A27', 'A15'],
  }),
  levier('L10', 'Un réseau bien maillé', 'A well-knit network', {
    triggers: [[c('network.clustering', 'green'), c('network.isolates', 'green')]],
    references: ['Wasserman & Faust (1994)'],
    actions: ['A11'],
  }),
];
