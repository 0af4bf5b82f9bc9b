/** What people talk about in a channel: subjects, tools, and advice they give. */
export interface ChannelVocabulary {
  readonly subjects: readonly string[];
  readonly tools: readonly string[];
  readonly advice: readonly string[];
  /** First month the channel exists (`YYYY-MM`). */
  readonly since: string;
}

/** The Slack-like channels of the demo community and their vocabulary (quebec.md themes). */
export const CHANNELS: Readonly<Record<string, ChannelVocabulary>> = {
  general: {
    subjects: [
      'la découvrabilité de notre offre',
      'la promotion de la saison',
      'le plan de communication annuel',
      'les partenariats médias',
      'la refonte de notre site web',
    ],
    tools: ['Google Workspace', 'Microsoft Teams', 'Trello', 'Notion', 'WordPress'],
    advice: [
      'on a bloqué une demi-journée par mois pour planifier les contenus',
      'on s’est donné trois indicateurs à suivre, pas plus',
      'on mutualise certaines campagnes avec un diffuseur voisin',
    ],
    since: '2020-11',
  },
  'réseaux-sociaux': {
    subjects: [
      'les Reels Instagram',
      'la publicité payante sur Meta',
      'TikTok',
      'le calendrier de publication',
      'les publications boostées',
      'la portée organique sur Facebook',
    ],
    tools: ['Meta Business Suite', 'Later', 'Hootsuite', 'Canva', 'CapCut'],
    advice: [
      'on publie moins souvent, mais avec des vidéos courtes tournées en répétition',
      'on réserve le budget payant aux deux semaines avant la première',
      'on cible les gens qui ont déjà interagi avec la page plutôt que des intérêts larges',
      'on recycle les extraits des artistes avec leur accord',
    ],
    since: '2020-11',
  },
  infolettres: {
    subjects: [
      "le taux d'ouverture",
      'la segmentation des abonnés',
      'la séquence de bienvenue',
      'la fréquence des envois',
      'le consentement et la Loi 25',
    ],
    tools: ['Mailchimp', 'Cyberimpact', 'Brevo', 'Constant Contact'],
    advice: [
      'on a séparé la liste entre abonnés de saison et acheteurs ponctuels',
      'on envoie le jeudi matin, nos ouvertures sont meilleures',
      'on a nettoyé les adresses inactives depuis deux ans',
      'on met un seul appel à l’action par envoi',
    ],
    since: '2020-11',
  },
  'billetterie-données': {
    subjects: [
      'les données de billetterie',
      'le taux de remplissage',
      'les codes promo',
      'le suivi des conversions',
      'les tableaux de bord',
      'la provenance des publics',
    ],
    tools: ['Google Analytics 4', 'Looker Studio', 'Eventbrite', 'Zeffy', 'Excel'],
    advice: [
      'on exporte les ventes chaque lundi dans un tableau partagé',
      'on ajoute des paramètres UTM à tous nos liens',
      'on compare toujours avec la même semaine de la saison précédente',
      'on regarde les codes postaux pour voir d’où viennent les publics',
    ],
    since: '2020-11',
  },
  référencement: {
    subjects: [
      'le référencement local',
      'les données structurées',
      'la fiche Google Business',
      'les pages de spectacles',
      'les mots-clés saisonniers',
    ],
    tools: ['Google Search Console', 'Yoast', 'Schema.org', 'Semrush'],
    advice: [
      'on a ajouté les données structurées Event sur chaque page de spectacle',
      'on garde les pages des spectacles passés en ligne au lieu de les supprimer',
      'on met à jour la fiche Google Business à chaque saison',
    ],
    since: '2021-02',
  },
  accessibilité: {
    subjects: [
      'les textes alternatifs',
      'le sous-titrage des vidéos',
      'le contraste des visuels',
      "l'accessibilité de la billetterie en ligne",
    ],
    tools: ['WAVE', 'Axe DevTools', 'Descript'],
    advice: [
      'on écrit le texte alternatif en même temps que la publication, pas après',
      'on sous-titre toutes les vidéos, même les plus courtes',
      'on a fait tester notre site par des personnes concernées',
    ],
    since: '2021-09',
  },
  'ia-générative': {
    subjects: [
      'les descriptions de spectacles',
      'les visuels générés',
      "les droits d'auteur",
      'la traduction des contenus',
      'la rédaction des infolettres',
    ],
    tools: ['ChatGPT', 'Claude', 'Copilot', 'Midjourney', 'DeepL'],
    advice: [
      'on s’en sert pour un premier jet, jamais pour la version finale',
      'on a écrit une courte politique interne sur l’usage de l’IA',
      'on garde toujours la voix de l’artiste dans les textes',
    ],
    since: '2023-01',
  },
  'diffusion-en-région': {
    subjects: [
      'le déplacement des publics',
      'la promotion croisée entre diffuseurs de la région',
      'les médias régionaux',
      'les publics saisonniers',
      'les tournées en région',
    ],
    tools: ['Facebook', 'les radios communautaires', 'Cyberimpact', 'Zeffy'],
    advice: [
      'on organise du covoiturage avec la municipalité voisine',
      'on fait une infolettre commune avec deux autres salles de la région',
      'on mise beaucoup sur la radio communautaire et les groupes Facebook locaux',
    ],
    since: '2021-03',
  },
  annonces: { subjects: [], tools: [], advice: [], since: '2020-11' },
};

/** Shared resources members mention. */
export const RESOURCES: readonly string[] = [
  'un guide',
  'un article',
  'une étude',
  'un balado',
  'une fiche pratique',
  'un webinaire enregistré',
];

/** French month names, for dates in announcements. */
export const MONTHS_FR: readonly string[] = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
