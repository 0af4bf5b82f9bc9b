/** Shared words (French). */
export const common = {
  level: {
    core: 'noyau',
    active: 'actif',
    occasional: 'occasionnel',
    peripheral: 'périphérique',
    inactive: 'inactif',
  },
  stage: {
    potential: 'potentiel',
    coalescing: 'unification',
    maturing: 'maturation',
    stewardship: 'gestion (élan)',
    transformation: 'transformation',
  },
};
