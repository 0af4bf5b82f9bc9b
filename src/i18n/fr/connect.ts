/** Messages of the connect namespace (French, Québec): directory, recommendations, digest. */
export const connect = {
  command: {
    directory: 'Répertoire des membres (avec leur consentement)',
    directoryLink: 'Créer le lien personnel par lequel un membre modifie son profil',
    directoryList: 'Lister les membres qui ont accepté de paraître au répertoire',
    directoryConsent: 'Inscrire la décision d’un membre (directory ou recommendations : yes ou no)',
    recommend: 'Recommandations : pairs à rencontrer, membres qui peuvent répondre, initiatives',
  },
  option: {
    member: 'numéro du membre',
    k: 'nombre de recommandations par type (5 par défaut)',
    digest: 'écrire le condensé « des gens que vous pourriez rencontrer » de chaque membre',
    digestFormat: 'format du condensé : md ou html (md par défaut)',
    out: 'dossier où écrire les condensés',
    days: 'validité du lien, en jours (90 par défaut)',
    baseUrl: 'adresse de l’application web devant le jeton',
  },
  link: 'Lien personnel de {{name}} (valide jusqu’au {{expiresOn}}) : {{url}}',
  linkNote: 'Le jeton n’est affiché qu’une fois ; un nouveau lien remplace les précédents.',
  directoryEmpty: 'Personne n’a encore accepté de paraître au répertoire.',
  directoryLine:
    '{{name}} — {{organization}}, {{region}} — expertise : {{expertise}} — intérêts : {{interests}}',
  consentSaved: 'Décision inscrite : {{use}} = {{granted}} pour le membre {{member}}.',
  peers: 'Pairs à rencontrer',
  answerers: 'Membres qui peuvent répondre à vos besoins',
  initiatives: 'Initiatives et ressources à découvrir',
  nothing: 'Aucune recommandation pour le moment.',
  digestWritten: '{{count}} condensés écrits dans {{dir}}.',
  reason: {
    sharedInterests: 'vous vous intéressez tous deux à {{topics}}',
    offers: 'connaît bien {{topics}}, qui vous intéresse',
    bridgeGroup: 'fait partie d’un sous-groupe que le vôtre croise rarement',
    bridgeRegion: 'travaille dans une autre région ({{region}})',
    sameRegion: 'travaille aussi en {{region}} : facile à rencontrer en personne',
    commonContacts: '{{count}} contacts en commun',
    active: 'participe activement ces derniers mois',
    canAnswer: 'peut vous aider pour « {{need}} »',
    matchesInterests: 'sur {{topic}}, qui vous intéresse',
    notYetJoined: 'vous n’y avez pas encore pris part',
  },
  digest: {
    title: 'Des gens que vous pourriez rencontrer — {{community}}',
    hello:
      'Bonjour {{name}}, voici quelques suggestions de la communauté, choisies d’après vos intérêts, vos besoins et le réseau.',
    peers: 'Des pairs à rencontrer',
    answerers: 'Des membres qui peuvent répondre à vos besoins',
    initiatives: 'Des initiatives et des ressources à découvrir',
    footer:
      'Vous recevez ce message parce que vous avez accepté les recommandations. Seules les personnes qui l’ont aussi accepté y figurent. Vous pouvez modifier votre profil ou retirer votre consentement par votre lien personnel.',
    item: {
      event: '{{title}} ({{date}})',
      resource: 'Ressource : {{title}} ({{date}})',
      thread: 'Discussion : « {{title}} » ({{date}})',
    },
  },
  error: {
    unknownMember: 'Membre inconnu « {{value}} ».',
    notConsenting:
      'Le membre {{value}} n’a pas accepté les recommandations : aucune recommandation ne le concerne.',
    invalidLink: 'Ce lien personnel n’est pas valide ou a expiré.',
    badUse: 'Usage inconnu « {{value}} » ; attendu : {{expected}}.',
  },
};
