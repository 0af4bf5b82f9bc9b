/** Messages of the command line (French). */
export const cli = {
  description: 'Prendre le pouls d’une communauté de pratique et préparer sa relance.',
  option: {
    logo: 'logo pour la page titre (PNG ou JPEG ; SVG pour le PDF et le HTML)',
    authors: 'auteurs affichés sur la page titre',
    budget: 'heures de personnel par mois pour un scénario sur mesure',
    horizon: 'nombre de mois planifiés (12 par défaut)',
    contingency: 'coefficient de contingence (1,3 par défaut ; 2 pour un plan prudent)',
    rate: 'coût horaire du personnel, en dollars',
    planFile: 'fichier JSON : actions sur mesure, priorités de l’organisme, positionnement',
    skipInvalid: 'importer les lignes valides et lister les autres, au lieu de tout refuser',
    db: 'fichier SQLite du magasin de données (par défaut ./pouls.db, ou DATABASE_URL pour PostgreSQL)',
    community: 'identifiant (slug) de la communauté',
    out: 'dossier où écrire les fichiers',
    lang: 'langue du rapport : fr ou en',
    asOf: 'date de l’analyse (AAAA-MM-JJ, par défaut aujourd’hui)',
    window: 'fenêtre, en jours, qui définit un membre actif',
    json: 'écrire le résultat en JSON sur la sortie standard',
    format: 'format du fichier (détecté sinon)',
    reportFormat: 'formats du rapport, séparés par des virgules',
    map: 'associer une colonne à un champ : colonne=champ (répétable)',
    dryRun: 'dire ce qui serait ajouté, sans rien écrire',
    dateFormat: 'ordre des dates ambiguës : dmy, mdy ou ymd',
    name: 'nom de la communauté',
  },
  command: {
    settings: 'les réglages de la communauté : seuils, faits connus de l’équipe, priorités du plan',
    settingsShow: 'afficher les réglages (JSON)',
    settingsSet: 'remplacer les réglages par un fichier JSON vérifié',
    plan: 'planifier la relance : scénarios sous un budget d’heures, optimisés et expliqués',
    diagnose: 'diagnostiquer la communauté : freins, leviers, besoins et constats expliqués',
    findings: 'le jugement de l’équipe sur les constats : confirmer, écarter, annoter',
    findings_confirm: 'confirmer un constat (note facultative)',
    findings_dismiss: 'écarter un constat (il reste visible, marqué comme écarté)',
    findings_note: 'annoter un constat',
    survey: 'le sondage des membres',
    surveyTemplate: 'afficher le questionnaire, à imprimer ou en JSON',
    identities: 'une personne, un membre : suggestions de fusion, fusion, séparation',
    identitiesSuggest: 'lister les membres qui sont probablement une même personne',
    identitiesMerge: 'fusionner le membre OTHER dans KEEP (après vérification)',
    identitiesSplit: 'annuler la dernière fusion d’un membre',
    identitiesDistinct:
      'dire que deux membres sont deux personnes : la paire ne sera plus suggérée',
    init: 'créer le magasin de données (et une communauté avec --community)',
    demo: 'ajouter la communauté de démonstration (slug demo) et écrire son analyse et son rapport',
    import: 'importer un fichier : members, events, attendance, messages, contributions ou ties',
    analyze: 'analyser une communauté',
    report: 'écrire le rapport d’analyse et de recommandations',
  },
  diagnosis: {
    title: '{{name}} — diagnostic au {{asOf}}',
    kind: { frein: 'Freins', levier: 'Leviers', besoin: 'Besoins', constat: 'Constats' },
    judgement: { confirmed: 'confirmé', dismissed: 'écarté', noted: 'annoté' },
    indicators: 'Indicateurs',
    status: { green: 'sain', amber: 'à surveiller', red: 'à agir', unknown: 'inconnu' },
    judged: {
      confirmed: 'Constat {{id}} confirmé.',
      dismissed: 'Constat {{id}} écarté (il reste visible, marqué comme tel).',
      noted: 'Note ajoutée au constat {{id}}.',
    },
  },
  survey: {
    intro:
      'Vos réponses sont confidentielles : aucun résultat n’est présenté pour un groupe de moins de 5 personnes.',
    multi: '(plusieurs réponses possibles)',
  },
  plan: {
    title: 'Plan de relance — {{name}} ({{months}} mois, contingence ×{{contingency}})',
    scenario:
      '{{name}} : {{hours}} h sur un budget de {{budget}} h ({{perMonth}} h/mois, {{fte}} ETC) ; valeur {{value}} sur {{max}} ; {{members}} h de bénévolat des membres',
    cost: 'coût : {{amount}} $ (de {{low}} $ à {{high}} $)',
    overBudget: 'mois au-delà du budget mensuel : {{months}}',
    names: {
      maintain: 'Maintien',
      relaunch: 'Relance',
      ambitious: 'Ambitieux',
      custom: 'Sur mesure',
    },
  },
  identities: {
    none: 'Aucune fusion à suggérer.',
    suggestion:
      '{{keepId}} « {{keepName}} » ← {{otherId}} « {{otherName}} » : {{reason}} (score {{score}})',
    merged:
      'Membre {{otherId}} fusionné dans {{keepId}}. « pouls identities split {{otherId}} » l’annule.',
    split: 'Fusion annulée : le membre {{restoredId}} est de nouveau distinct de {{keptId}}.',
    distinct:
      'Noté : les membres {{firstId}} et {{secondId}} sont deux personnes ; cette paire ne sera plus suggérée.',
    reason: {
      initial: 'même nom de famille, prénom en initiales',
      email_matches_name: 'le courriel de l’un reprend le nom de l’autre',
      similar_name: 'noms presque identiques',
      same_handle_name: 'même identifiant',
    },
  },
  done: {
    settings: 'Réglages enregistrés.',
    survey: 'Sondage importé ({{file}}) : {{responses}} réponses, {{ties}} liens déclarés.',
    surveyDryRun:
      'Essai à blanc ({{file}}), rien n’a été écrit : {{responses}} réponses, {{ties}} liens seraient ajoutés.',
    erased_one:
      '{{count}} enregistrement laissé de côté : il nomme une personne effacée à sa demande.',
    erased_other:
      '{{count}} enregistrements laissés de côté : ils nomment des personnes effacées à leur demande.',
    skipped_one: '{{count}} ligne invalide ignorée (voir ci-dessus).',
    skipped_other: '{{count}} lignes invalides ignorées (voir ci-dessus).',
    init: 'Magasin prêt : {{store}}',
    community: 'Communauté « {{slug}} » prête.',
    demo: 'Communauté de démonstration ajoutée : {{members}} membres, {{events}} événements, {{messages}} messages.',
    wrote: 'Écrit : {{path}}',
    import:
      'Importé {{file}} : {{membersAdded}} membres ajoutés, {{membersUpdated}} mis à jour, {{eventsAdded}} événements, {{attendance}} présences, {{messages}} messages, {{contributions}} contributions, {{ties}} liens.',
    dryRun:
      'Essai à blanc ({{file}}), rien n’a été écrit : {{membersAdded}} membres seraient ajoutés, {{membersUpdated}} mis à jour, {{eventsAdded}} événements, {{attendance}} présences, {{messages}} messages, {{contributions}} contributions, {{ties}} liens.',
    importFailed_one: 'Import refusé, rien n’a été écrit : {{count}} problème.',
    importFailed_other: 'Import refusé, rien n’a été écrit : {{count}} problèmes.',
  },
  summary: {
    title: '{{name}} — analyse au {{asOf}}',
    members:
      'Membres : {{total}} (dont {{staff}} de l’équipe), actifs sur {{window}} jours : {{active}} ({{share}})',
    levels:
      'Niveaux : noyau {{core}}, actifs {{active}}, occasionnels {{occasional}}, périphériques {{peripheral}}, inactifs {{inactive}}',
    participation:
      'Concentration (Gini) : {{gini}} ; part de l’équipe d’animation : {{facilitator}}',
    network: 'Réseau : {{nodes}} membres reliés, {{edges}} liens, {{groups}} sous-groupes',
    stage: 'Stade suggéré : {{stage}}',
  },
  error: {
    unknownFinding: 'Constat inconnu « {{value}} » ; constats actuels : {{expected}}.',
    usage: 'Commande mal formée : {{detail}}',
    not_found:
      'Communauté introuvable : « {{slug}} ». Lancez « pouls demo » ou « pouls import », ou vérifiez --community.',
    not_found_empty:
      'Le magasin ne contient aucune communauté. Lancez « pouls demo » ou « pouls import ».',
    ambiguous_community:
      'Le magasin contient plusieurs communautés ({{slugs}}) : précisez --community.',
    bad_input: 'Entrée invalide : {{detail}}',
    internal: 'Erreur interne inattendue. Relancez avec POULS_DEBUG=1 pour le détail.',
    unknownKind: 'Type d’import inconnu « {{value}} » ; attendu : {{expected}}.',
    badDate: 'Date invalide « {{value}} » ; attendu : AAAA-MM-JJ.',
    badLang: 'Langue inconnue « {{value}} » ; attendu : fr ou en.',
    badFormat: 'Format inconnu « {{value}} » ; attendu : {{expected}}.',
    badMap: 'Association invalide « {{value}} » ; attendu : colonne=champ.',
    badNumber: 'Nombre invalide « {{value}} ».',
  },
};
