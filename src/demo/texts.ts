import type { Random } from './random.js';
import { CHANNELS, MONTHS_FR, RESOURCES } from './vocabulary.js';

/** The kinds of message the simulation writes. */
export type TextKind =
  | 'question'
  | 'answer'
  | 'thanks'
  | 'metoo'
  | 'share'
  | 'shareReply'
  | 'prompt'
  | 'promptReply'
  | 'announce'
  | 'followup'
  | 'followupReply'
  | 'intro'
  | 'welcome';

const OPENERS = [
  'Bonjour à tous et à toutes!',
  'Salut la gang!',
  'Allô!',
  'Bon matin!',
  'Bonjour!',
];
const CLOSERS = [
  'Merci d’avance!',
  'Merci!',
  'Toute piste est bienvenue 🙏',
  'Merci pour votre aide!',
];

const PLACEHOLDER = /\{(\w+)\}/g;
const GENERIC_SUBJECTS = ['la promotion numérique', 'la découvrabilité de notre offre'];
const GENERIC_TOOLS = ['Google Workspace', 'Canva'];
const GENERIC_ADVICE = ['on planifie nos contenus plus tôt dans la saison'];

const TEMPLATES: Readonly<Record<TextKind, readonly string[]>> = {
  question: [
    'Est-ce que quelqu’un ici utilise {tool}? On se demande si ça vaut la peine pour {subject}.',
    'Comment vous gérez {subject} avec une équipe de com d’une seule personne?',
    'Vous avez des exemples de bons coups pour {subject}? Je prépare notre plan pour la saison.',
    'On hésite entre {tool} et {tool2}. Des avis?',
    'Quelqu’un aurait un gabarit ou une marche à suivre pour {subject}?',
    'Depuis quelques semaines, nos résultats baissent pour {subject}. Vous vivez la même chose?',
    'Comment vous mesurez l’effet de {subject} sur la billetterie? On a du mal à faire le lien.',
    'Qu’est-ce que vous priorisez cette saison : {subject} ou {subject2}?',
    'Est-ce qu’il existe une formation sur {subject} que vous recommanderiez?',
    'On veut revoir notre façon de faire pour {subject}. Par où commenceriez-vous?',
  ],
  answer: [
    'De notre côté, on utilise {tool} depuis {n} mois et on en est assez contents. Le truc : {advice}.',
    'On a vécu la même chose! Ce qui a marché pour nous : {advice}.',
    'Je te conseille de commencer petit : {advice}.',
    'On a testé {tool} l’an dernier, mais on est revenus à {tool2}, plus simple pour une petite équipe.',
    'Bonne question! Chez nous, {advice}, mais ça dépend beaucoup de vos publics.',
    'Je peux te partager notre marche à suivre en privé si tu veux.',
    'Il y a eu une présentation là-dessus à un webinaire, l’enregistrement est dans le Drive.',
    'Chez nous, {advice}. Ça a pris du temps, mais nos résultats ont monté d’environ {pct} %.',
  ],
  thanks: [
    'Merci beaucoup, c’est super utile!',
    'Merci {name}, je vais essayer ça.',
    'Génial, merci pour le partage!',
    'Ça m’aide beaucoup, merci!',
    'Merci! Je te reviens là-dessus quand on aura testé.',
  ],
  metoo: [
    'Même question de mon côté!',
    'J’ai hâte de voir les réponses, moi aussi.',
    '+1, ça nous intéresse aussi.',
  ],
  share: [
    'Je vous partage {resource} sur {subject} que j’ai trouvé très pertinent.',
    'Pour celles et ceux que ça intéresse : {resource} sur {subject}. Bonne découverte!',
    'Vu passer ce matin : {resource} sur {subject}. Ça rejoint nos discussions de la dernière rencontre.',
  ],
  shareReply: [
    'Merci pour le partage!',
    'Très intéressant, surtout la partie sur {subject}.',
    'Je le fais circuler dans mon équipe, merci!',
    'On a essayé quelque chose de semblable : {advice}.',
  ],
  prompt: [
    'Question de la semaine : quel est votre plus grand défi en ce moment avec {subject}?',
    'Petit sondage maison : qui a déjà essayé {tool}? Répondez en fil 👇',
    'On prépare la programmation de la saison. Quels sujets aimeriez-vous aborder? Une idée : {subject}.',
    'Partagez-nous un bon coup de votre saison en lien avec {subject}!',
  ],
  promptReply: [
    'Chez nous, c’est clairement {subject}.',
    'Bonne idée! Je vote pour {subject}.',
    'Notre bon coup : {advice}.',
    'On a essayé {tool}, mitigé pour l’instant.',
  ],
  announce: [
    '📣 Prochaine activité : « {title} », le {date}. Inscription dans l’agenda de la communauté.',
    'Réservez la date! « {title} » aura lieu le {date}. Le lien d’inscription est dans l’agenda.',
    'Rappel : « {title} », le {date}. Il reste encore des places!',
  ],
  followup: [
    'Merci à toutes les personnes présentes à « {title} »! La présentation est dans le Drive.',
    'Quelle belle rencontre! Merci d’avoir participé à « {title} ». Un court sondage suit par courriel.',
    'Merci pour « {title} »! L’enregistrement et les ressources mentionnées sont dans le Drive.',
  ],
  followupReply: [
    'Merci pour l’organisation, c’était très riche!',
    'Super rencontre, merci!',
    'Merci! Est-ce que l’enregistrement sera disponible?',
    'J’ai manqué le début, merci pour l’enregistrement!',
    'Merci, ça fait du bien de voir qu’on vit les mêmes enjeux.',
  ],
  intro: [
    'Bonjour tout le monde! Je suis {name}, {role} chez {org}. Hâte d’échanger sur {subject}!',
    'Allô! {name} ici, de {org} ({region}). Au plaisir d’échanger avec vous.',
    'Bonjour! Nouvellement arrivé·e à {org}, je m’occupe de {subject}. Au plaisir!',
  ],
  welcome: [
    'Bienvenue {name}!',
    'Bienvenue dans la communauté!',
    'Bienvenue! Au plaisir de te croiser à la prochaine rencontre.',
  ],
};

/** Values a template may use; tools and subjects come from the channel when not given. */
export interface TextContext {
  readonly channel: string;
  readonly name?: string;
  readonly role?: string;
  readonly org?: string;
  readonly region?: string;
  readonly title?: string;
  readonly date?: string;
}

/** A French date for announcements, e.g. « jeudi 21 janvier ». */
export function frenchDate(iso: string): string {
  const day = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return `${day[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS_FR[d.getUTCMonth()]}`;
}

function two(random: Random, items: readonly string[]): readonly [string, string] {
  const i = random.int(0, items.length - 1);
  const j = items.length > 1 ? (i + random.int(1, items.length - 1)) % items.length : i;
  return [items[i] ?? '', items[j] ?? ''];
}

/**
 * Writes a message of a given kind: a template filled from the channel's vocabulary, with an
 * opener and a closer now and then for questions, so that texts vary.
 */
export function composeText(random: Random, kind: TextKind, context: TextContext): string {
  const vocabulary = CHANNELS[context.channel] ?? CHANNELS.general;
  const subjects = vocabulary?.subjects.length ? vocabulary.subjects : GENERIC_SUBJECTS;
  const tools = vocabulary?.tools.length ? vocabulary.tools : GENERIC_TOOLS;
  let pair: readonly [string, string] | null = null;
  let toolPair: readonly [string, string] | null = null;
  const value = (key: string): string => {
    switch (key) {
      case 'subject':
      case 'subject2':
        pair ??= two(random, subjects);
        return key === 'subject' ? pair[0] : pair[1];
      case 'tool':
      case 'tool2':
        toolPair ??= two(random, tools);
        return key === 'tool' ? toolPair[0] : toolPair[1];
      case 'advice':
        return random.pick(vocabulary?.advice.length ? vocabulary.advice : GENERIC_ADVICE);
      case 'resource':
        return random.pick(RESOURCES);
      case 'n':
        return String(random.int(3, 24));
      case 'pct':
        return String(random.int(2, 6) * 5);
      case 'role':
        return (context.role ?? '').toLowerCase();
      case 'date':
        return context.date ? frenchDate(context.date) : '';
      default:
        return context[key as 'name' | 'org' | 'region' | 'title'] ?? '';
    }
  };
  let text = random.pick(TEMPLATES[kind]).replace(PLACEHOLDER, (_, key: string) => value(key));
  if (kind === 'question') {
    if (random.chance(0.55)) text = `${random.pick(OPENERS)} ${text}`;
    if (random.chance(0.45)) text = `${text} ${random.pick(CLOSERS)}`;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}
