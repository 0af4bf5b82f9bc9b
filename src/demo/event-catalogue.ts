/** The event kinds of the demo community. */
export const EVENT_KINDS = [
  'rencontre',
  'webinaire',
  'atelier',
  'codéveloppement',
  '5 à 7',
] as const;

/** One of the demo's event kinds. */
export type EventKind = (typeof EVENT_KINDS)[number];

/** Where an in-person or hybrid event takes place. */
export type Place = 'Montréal' | 'Québec' | 'Rimouski' | 'Saguenay';

/** A planned event: when, what kind, where, and a fixed title for the landmark ones. */
export interface Slot {
  readonly date: string;
  readonly kind: EventKind;
  readonly format: 'virtual' | 'in_person' | 'hybrid';
  readonly place: Place | null;
  readonly title: string | null;
  readonly theme: string | null;
}

const EST = "Rencontre régionale de l'Est à Rimouski";
const SAG = 'Rencontre régionale au Saguenay';

// date | kind | format | place | fixed title | theme of the fixed title
// biome-ignore format: a data table reads best one row per line
const ROWS: readonly string[] = [
  '2020-11-26|rencontre|virtual||Lancement de la communauté de pratique|découvrabilité',
  '2020-12-10|webinaire|virtual||||',
  '2021-01-21|webinaire|virtual||||', '2021-02-18|atelier|virtual||||',
  '2021-03-18|rencontre|virtual||||', '2021-04-15|webinaire|virtual||||',
  '2021-05-13|codéveloppement|virtual||||', '2021-06-10|5 à 7|virtual||||',
  '2021-09-16|webinaire|virtual||||', '2021-09-30|rencontre|in_person|Québec|||',
  '2021-10-21|atelier|virtual||||', '2021-11-18|codéveloppement|virtual||||',
  '2021-12-09|5 à 7|hybrid|Montréal|||',
  '2022-01-20|webinaire|virtual||||', '2022-02-17|atelier|virtual||||',
  '2022-03-10|codéveloppement|virtual||||',
  `2022-03-31|rencontre|in_person|Rimouski|${EST} : diffuser en région|diffusion en région et déplacement des publics`,
  '2022-04-21|webinaire|virtual||||', '2022-05-12|rencontre|hybrid|Montréal|||',
  '2022-06-09|5 à 7|in_person|Montréal|||', '2022-06-16|5 à 7|in_person|Québec|||',
  '2022-09-15|webinaire|virtual||||',
  `2022-09-29|rencontre|in_person|Saguenay|${SAG} : la promotion croisée entre diffuseurs|collaboration entre diffuseurs`,
  '2022-10-13|atelier|hybrid|Québec|||', '2022-11-17|webinaire|virtual||||',
  '2022-12-08|5 à 7|in_person|Montréal|||',
  '2023-01-26|webinaire|virtual||||', '2023-03-09|codéveloppement|virtual||||',
  `2023-04-20|rencontre|in_person|Rimouski|${EST} : déplacer les publics|diffusion en région et déplacement des publics`,
  '2023-06-08|5 à 7|in_person|Montréal|||',
  '2024-01-31|rencontre|virtual||Rencontre de relance : où en sommes-nous?|collaboration entre diffuseurs',
  '2024-02-22|webinaire|virtual||||', '2024-03-21|atelier|virtual||||',
  '2024-04-18|codéveloppement|virtual||||', '2024-05-16|rencontre|in_person|Québec|||',
  '2024-06-06|5 à 7|in_person|Montréal|||', '2024-09-19|webinaire|virtual||||',
  `2024-10-03|rencontre|in_person|Saguenay|${SAG} : la découvrabilité en région|découvrabilité des contenus culturels`,
  '2024-10-24|atelier|hybrid|Montréal|||', '2024-11-07|webinaire|virtual||||',
];

/**
 * The 40 planned events from November 2020: a steady rhythm in 2021–2022, an eight-month gap
 * after June 2023, a relaunch in 2024.
 */
export const SCHEDULE: readonly Slot[] = ROWS.map((row) => {
  const [date = '', kind, format, place, title, theme] = row.split('|');
  return {
    date,
    kind: kind as EventKind,
    format: format as Slot['format'],
    place: place ? (place as Place) : null,
    title: title || null,
    theme: theme || null,
  };
});

/** Titles and themes drawn (without repetition) for the events that have no fixed title. */
// biome-ignore format: a data table reads best one row per line
export const TITLES: Readonly<Record<EventKind, readonly (readonly [string, string | null])[]>> = {
  webinaire: [
    ['Référencement local : être trouvé quand le public cherche une sortie', 'référencement (SEO) et données structurées'],
    ['Données structurées Schema.org pour vos événements', 'référencement (SEO) et données structurées'],
    ['Publicité Meta : mieux cibler avec de petits budgets', 'réseaux sociaux et publicité payante'],
    ['TikTok pour les diffuseurs : par où commencer?', 'réseaux sociaux et publicité payante'],
    ['Infolettres : segmenter ses publics sans se perdre', 'infolettres et automatisation'],
    ["Automatiser l'accueil des nouveaux abonnés", 'infolettres et automatisation'],
    ['Looker Studio : un tableau de bord pour la billetterie', 'analyse des données et tableaux de bord'],
    ['Google Analytics 4 expliqué aux organismes culturels', 'analyse des données et tableaux de bord'],
    ['IA générative : rédiger ses descriptions de spectacles sans perdre sa voix', 'IA générative pour la création de contenu'],
    ['Découvrabilité des contenus culturels : où en sommes-nous?', 'découvrabilité des contenus culturels'],
    ['Accessibilité numérique : un site et des publications pour tous', 'accessibilité numérique'],
    ['CRM culturel : connaître ses publics pour mieux les fidéliser', 'CRM et segmentation des publics'],
    ['Mesurer la fréquentation au-delà des billets vendus', 'mesure de la fréquentation'],
    ["IA générative et droits d'auteur : ce qu'il faut savoir", 'IA générative pour la création de contenu'],
  ],
  atelier: [
    ['Atelier pratique : bâtir son calendrier éditorial', 'réseaux sociaux et publicité payante'],
    ['Atelier : écrire pour le référencement', 'référencement (SEO) et données structurées'],
    ['Atelier Canva : des visuels cohérents pour toute une saison', 'réseaux sociaux et publicité payante'],
    ["Atelier : nettoyer et segmenter sa liste d'abonnés", 'CRM et segmentation des publics'],
    ['Atelier : construire son premier tableau de bord', 'analyse des données et tableaux de bord'],
    ["Atelier : des gabarits d'infolettre lisibles sur mobile", 'infolettres et automatisation'],
    ['Atelier : textes alternatifs et sous-titres', 'accessibilité numérique'],
    ['Atelier : des requêtes utiles pour les communications culturelles', 'IA générative pour la création de contenu'],
  ],
  codéveloppement: [
    ['Codéveloppement : relancer un public qui ne revient plus', 'CRM et segmentation des publics'],
    ["Codéveloppement : le numérique quand on est une équipe d'une personne", 'découvrabilité des contenus culturels'],
    ["Codéveloppement : convaincre sa direction d'investir dans le numérique", 'analyse des données et tableaux de bord'],
    ["Codéveloppement : une campagne qui n'a pas marché", 'réseaux sociaux et publicité payante'],
    ['Codéveloppement : promouvoir une tournée en région', 'diffusion en région et déplacement des publics'],
    ['Codéveloppement : changer de plateforme de billetterie', 'billetterie en ligne et données de fréquentation'],
  ],
  rencontre: [
    ['Rencontre des membres : bilan et priorités', null],
    ['Rencontre : nos bons coups en promotion numérique', 'découvrabilité des contenus culturels'],
    ['Rencontre : collaborer entre diffuseurs', 'collaboration entre diffuseurs'],
    ['Rencontre : quelles données de fréquentation suivre?', 'mesure de la fréquentation'],
    ["Rencontre : billetterie en ligne, retours d'expérience", 'billetterie en ligne et données de fréquentation'],
  ],
  '5 à 7': [['5 à 7 numérique', null]],
};
