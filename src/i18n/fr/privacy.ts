/** Messages of the privacy commands: consent, export, erasure, retention, audit, backups (French). */
export const privacy = {
  command: {
    member: 'les données personnelles d’un membre : consulter, consentements, exporter, effacer',
    memberShow: 'afficher un membre, ses identités, ses consentements et son activité',
    memberConsent: 'enregistrer la décision d’un membre pour un usage de ses données',
    memberExport: 'exporter tout ce que Pouls détient sur une personne (JSON)',
    memberErase: 'effacer une personne partout, en ne gardant que des agrégats anonymes',
    retention: 'la durée de conservation des renseignements personnels des membres inactifs',
    retentionShow: 'dire qui la durée de conservation atteint',
    retentionSet: 'fixer la durée de conservation en mois (« off » pour tout garder)',
    retentionApply: 'effacer les membres inactifs depuis plus longtemps que la durée',
    audit: 'le journal d’audit : qui a consulté, exporté, modifié ou effacé quoi, et quand',
    backup: 'copier le magasin de données dans un fichier, sans l’arrêter',
    restore: 'remplacer le magasin de données par une copie de sauvegarde',
  },
  option: {
    use: 'usage : directory, quotes, identified_survey ou recommendations',
    grant: 'le membre accorde son consentement',
    decline: 'le membre refuse',
    out: 'fichier où écrire l’export (sinon la sortie standard)',
    yes: 'confirmer l’effacement (irréversible)',
    dryRun: 'dire qui serait effacé, sans rien effacer',
    limit: 'nombre d’entrées au plus (1000 par défaut)',
  },
  use: {
    directory: 'annuaire',
    quotes: 'citations',
    identified_survey: 'réponses au sondage nominatives',
    recommendations: 'recommandations',
  },
  show: {
    title: 'Membre {{id}} — {{name}}',
    erased: 'Renseignements effacés le {{date}}.',
    profile: 'Organisation : {{organization}} · rôle : {{role}} · région : {{region}}',
    identities: 'Identités : {{list}}',
    noIdentities: 'Identités : aucune',
    consent: '  {{use}} : {{state}}',
    consents: 'Consentements :',
    granted: 'accordé le {{date}} ({{source}})',
    declined: 'refusé le {{date}} ({{source}})',
    notAsked: 'non demandé (vaut refus)',
    activity:
      'Activité : {{attendance}} présences, {{messages}} messages, {{contributions}} contributions, {{ties}} liens, {{surveyResponses}} réponses au sondage',
    none: '—',
  },
  done: {
    consent: 'Décision enregistrée pour le membre {{memberId}} : {{use}}, {{state}}.',
    grantedWord: 'accordé',
    declinedWord: 'refusé',
    exported: 'Export du membre {{memberId}} écrit dans {{file}}.',
    erased:
      'Membre {{memberId}} effacé : {{identities}} identités et {{consents}} consentements supprimés, {{messages}} messages, {{contributions}} contributions et {{surveyResponses}} réponses anonymisés, {{redactedTexts}} textes caviardés.',
    eraseConfirm:
      'L’effacement du membre {{id}} ({{name}}) est irréversible : {{messages}} messages, {{attendance}} présences, {{surveyResponses}} réponses au sondage. Relancez avec --yes pour confirmer.',
    retentionSet: 'Durée de conservation : {{months}} mois.',
    retentionOff: 'Durée de conservation retirée : tout est gardé.',
    backup: 'Copie de sauvegarde écrite dans {{file}}.',
    restore: 'Magasin restauré depuis {{file}}.',
  },
  retention: {
    none: 'Aucune durée de conservation pour « {{community}} » : tout est gardé (pouls retention set MOIS).',
    summary:
      '« {{community}} » garde les renseignements des membres {{months}} mois après leur dernière trace : au {{asOf}}, {{count}} membres vus avant le {{cutoff}} sont à effacer ({{undated}} sans aucune date ne le seront pas ; {{alreadyErased}} déjà effacés).',
    due: '  membre {{id}}, vu pour la dernière fois le {{lastSeen}}',
    dryRun: 'Simulation : rien n’a été effacé.',
    applied: '{{members}} membres effacés.',
  },
  audit: {
    empty: 'Le journal d’audit est vide.',
    line: '{{at}}  {{actor}}  {{action}}  {{target}}{{community}}  {{detail}}',
  },
  error: {
    memberNotFound:
      'Aucun membre « {{ref}} » dans la communauté « {{slug}} » : donnez un numéro, un courriel ou le nom exact.',
    memberAmbiguous:
      'Plusieurs membres correspondent à « {{ref}} » : {{candidates}}. Donnez le numéro du membre.',
    consentChoice: 'Précisez --grant ou --decline (un seul des deux).',
    busy: 'Le magasin de données est occupé par un autre processus qui écrit (un import ?) ; rien n’a été écrit. Réessayez quand il aura fini.',
    notABackup:
      '« {{file}} » n’est pas une copie de sauvegarde de Pouls ({{reason}}) ; rien n’a été changé.',
    newerBackup:
      '« {{file}} » vient d’une version plus récente de Pouls (migrations inconnues : {{migrations}}) ; mettez Pouls à jour avant de restaurer.',
    pgToolMissing:
      '{{tool}} est introuvable : installez le client PostgreSQL (paquet postgresql-client) ou ajoutez-le au PATH.',
    pgToolFailed: '{{tool}} a échoué : {{detail}}',
  },
};
