/** The kinds of member organisations, as quebec.md names them. */
export const ORG_TYPES = {
  diffuseur: 'diffuseur pluridisciplinaire',
  compagnie: 'compagnie de création',
  festival: 'festival',
  musee: "musée ou centre d'exposition",
  centre: "centre d'artistes",
  maison: 'maison de la culture ou service culturel municipal',
  regroupement: 'regroupement ou association professionnelle',
  odc: 'organisme de développement culturel régional',
  billetterie: 'billetterie',
  agence: 'agence de promotion ou de communication',
  autonome: 'travailleur·euse autonome',
} as const;

/** Short key of an organisation kind. */
export type OrgTypeKey = keyof typeof ORG_TYPES;

/** A fictional member organisation of the demo community. */
export interface DemoOrganisation {
  readonly name: string;
  readonly domain: string;
  readonly type: OrgTypeKey;
  readonly region: string;
  readonly disciplines: readonly string[];
}

type Row = readonly [string, string, OrgTypeKey, string, string];

const MTL = 'Montréal';
const QC = 'Capitale-Nationale';

// name, email domain, kind, region, disciplines (';'-separated)
// biome-ignore format: a data table reads best one row per line
const ROWS: readonly Row[] = [
  ['Théâtre de la Ruelle', 'theatredelaruelle.ca', 'compagnie', MTL, 'théâtre'],
  ['Diffusion Plateau-Scène', 'plateauscene.ca', 'diffuseur', MTL, 'arts multidisciplinaires;danse'],
  ["Festival Lumières d'hiver", 'lumieresdhiver.com', 'festival', MTL, 'événements et festivals;arts numériques'],
  ['Festival Jazz des Faubourgs', 'jazzfaubourgs.ca', 'festival', MTL, 'musique;événements et festivals'],
  ['Musée de la Mémoire ouvrière', 'memoireouvriere.org', 'musee', MTL, 'patrimoine et muséologie'],
  ["Centre d'artistes L'Entre-Deux", 'entredeux.org', 'centre', MTL, 'arts visuels;arts numériques'],
  ['Maison de la culture des Tanneries', 'mctanneries.ca', 'maison', MTL, 'arts multidisciplinaires'],
  ['Danse Mouvance', 'dansemouvance.ca', 'compagnie', MTL, 'danse'],
  ['Cirque Funambule', 'cirquefunambule.com', 'compagnie', MTL, 'arts du cirque'],
  ['Regroupement des diffuseurs indépendants', 'rdi-quebec.ca', 'regroupement', MTL, 'arts multidisciplinaires'],
  ['Billetterie Parterre', 'parterre.ca', 'billetterie', MTL, 'arts multidisciplinaires;musique'],
  ['Agence Écho Culture', 'echoculture.ca', 'agence', MTL, 'musique;théâtre'],
  ['Ciné-club Le Projecteur', 'leprojecteur.ca', 'diffuseur', MTL, 'cinéma et vidéo'],
  ['Festival Rire en ville', 'rireenville.com', 'festival', MTL, 'humour;événements et festivals'],
  ['Festival du conte urbain', 'conteurbain.org', 'festival', MTL, 'littérature et conte'],
  ['La Chapelle des arts', 'chapelledesarts.ca', 'diffuseur', MTL, 'musique;chanson'],
  ['Association des salles de quartier', 'sallesdequartier.org', 'regroupement', MTL, 'arts multidisciplinaires'],
  ["Atelier des métiers d'art du Vieux-Montréal", 'ateliermetiersdart.ca', 'centre', MTL, "métiers d'art"],
  ['Théâtre du Cap-Blanc', 'theatrecapblanc.ca', 'compagnie', QC, 'théâtre'],
  ['Le Grand Bastion', 'grandbastion.ca', 'diffuseur', QC, 'arts multidisciplinaires;humour'],
  ['Festival des Plaines en chanson', 'plainesenchanson.ca', 'festival', QC, 'chanson;événements et festivals'],
  ['Musée du Faubourg', 'museedufaubourg.ca', 'musee', QC, 'patrimoine et muséologie'],
  ["Centre d'artistes La Mezzanine", 'lamezzanine.org', 'centre', QC, 'arts visuels;arts numériques'],
  ['Maison de la culture du Vieux-Port', 'mcvieuxport.ca', 'maison', QC, 'arts multidisciplinaires'],
  ['Réseau culturel de la Capitale', 'reseauculturelcapitale.ca', 'odc', QC, 'arts multidisciplinaires'],
  ['Guichet Capitale', 'guichetcapitale.ca', 'billetterie', QC, 'arts multidisciplinaires'],
  ['Nord Communication', 'nordcommunication.ca', 'agence', QC, 'musique;événements et festivals'],
  ['Diffusion Richelieu', 'diffusionrichelieu.ca', 'diffuseur', 'Montérégie', 'arts multidisciplinaires'],
  ['Festival de la chanson de la Vallée', 'chansonvallee.ca', 'festival', 'Montérégie', 'chanson'],
  ['Maison de la culture du Haut-Richelieu', 'mchautrichelieu.ca', 'maison', 'Montérégie', 'arts multidisciplinaires'],
  ['Centre culturel du Lac-Memphrémagog', 'cclacmemphremagog.ca', 'diffuseur', 'Estrie', 'arts multidisciplinaires;musique'],
  ['Festival des Cantons en musique', 'cantonsenmusique.ca', 'festival', 'Estrie', 'musique'],
  ["Alliance culturelle de l'Estrie", 'allianceculturelleestrie.ca', 'odc', 'Estrie', 'arts multidisciplinaires'],
  ['Théâtre du Fjord', 'theatredufjord.ca', 'compagnie', 'Saguenay–Lac-Saint-Jean', 'théâtre'],
  ['Salle Mont-Valin', 'sallemontvalin.ca', 'diffuseur', 'Saguenay–Lac-Saint-Jean', 'arts multidisciplinaires'],
  ['Festival des Bleuets en scène', 'bleuetsenscene.ca', 'festival', 'Saguenay–Lac-Saint-Jean', 'musique;chanson'],
  ["Salle de l'Estuaire", 'salleestuaire.ca', 'diffuseur', 'Bas-Saint-Laurent', 'arts multidisciplinaires'],
  ['Festival des Marées', 'festivaldesmarees.ca', 'festival', 'Bas-Saint-Laurent', 'musique;événements et festivals'],
  ["Réseau culturel de l'Estuaire", 'culture-estuaire.ca', 'odc', 'Bas-Saint-Laurent', 'arts multidisciplinaires'],
  ['Festival des Îles en musique', 'ilesenmusique.ca', 'festival', 'Gaspésie–Îles-de-la-Madeleine', 'musique'],
  ['Musée de la Pointe', 'museedelapointe.ca', 'musee', 'Gaspésie–Îles-de-la-Madeleine', 'patrimoine et muséologie'],
  ['Diffusion Boréale', 'diffusionboreale.ca', 'diffuseur', 'Abitibi-Témiscamingue', 'arts multidisciplinaires'],
  ['Festival de la forêt chantante', 'foretchantante.ca', 'festival', 'Abitibi-Témiscamingue', 'chanson;musique'],
  ['Salle des Deux-Rivières', 'salledeuxrivieres.ca', 'diffuseur', 'Outaouais', 'arts multidisciplinaires'],
  ["Centre d'artistes La Rive", 'centrelarive.org', 'centre', 'Outaouais', 'arts visuels'],
  ['Diffusion Saint-Maurice', 'diffusionstmaurice.ca', 'diffuseur', 'Mauricie', 'arts multidisciplinaires'],
  ['Musée de la Papeterie', 'museepapeterie.ca', 'musee', 'Mauricie', 'patrimoine et muséologie'],
  ['Théâtre des Pins', 'theatredespins.ca', 'diffuseur', 'Laurentides', 'théâtre;humour'],
  ['Festival des Hautes-Laurentides en arts', 'fhla.ca', 'festival', 'Laurentides', 'arts visuels;événements et festivals'],
  ['Centre culturel du Rang', 'centreculturelrang.ca', 'diffuseur', 'Lanaudière', 'arts multidisciplinaires;musique'],
  ['Diffusion Beauce-Etchemins', 'diffusionbeauce.ca', 'diffuseur', 'Chaudière-Appalaches', 'arts multidisciplinaires'],
  ['Salle des Bois-Francs', 'sallesboisfrancs.ca', 'diffuseur', 'Centre-du-Québec', 'arts multidisciplinaires'],
  ["Maison des arts de l'Île-Jésus", 'maisonartsilejesus.ca', 'maison', 'Laval', 'arts visuels;danse'],
];

/** The fictional organisations members come from, each tied to one administrative region. */
export const ORGANISATIONS: readonly DemoOrganisation[] = ROWS.map(
  ([name, domain, type, region, disciplines]) => ({
    name,
    domain,
    type,
    region,
    disciplines: disciplines.split(';'),
  }),
);

/** The host organisation of the demo community (fictional), its staff and email domain. */
export const HOST = {
  name: 'Scène numérique Québec',
  domain: 'scenenumerique.ca',
  region: MTL,
} as const;

/**
 * Members per administrative region (non-staff, 117 in all): Montréal and Capitale-Nationale
 * dominate, Côte-Nord and Nord-du-Québec are absent, several regions have 1–3 members.
 */
export const MEMBERS_PER_REGION: Readonly<Record<string, number>> = {
  [MTL]: 44,
  [QC]: 22,
  Montérégie: 8,
  Estrie: 6,
  'Saguenay–Lac-Saint-Jean': 6,
  'Bas-Saint-Laurent': 5,
  Outaouais: 4,
  Mauricie: 4,
  Laurentides: 4,
  'Gaspésie–Îles-de-la-Madeleine': 3,
  'Abitibi-Témiscamingue': 3,
  Lanaudière: 3,
  'Chaudière-Appalaches': 2,
  'Centre-du-Québec': 2,
  Laval: 1,
};

/** Where a member sits relative to the big centres: drives who meets and talks with whom. */
export type Zone = 'metro' | 'quebec' | 'centre' | 'far';

/** The zone of an administrative region. */
export function zoneOf(region: string): Zone {
  if ([MTL, 'Laval', 'Montérégie', 'Laurentides', 'Lanaudière'].includes(region)) return 'metro';
  if ([QC, 'Chaudière-Appalaches'].includes(region)) return 'quebec';
  if (['Estrie', 'Mauricie', 'Centre-du-Québec', 'Outaouais'].includes(region)) return 'centre';
  return 'far';
}
