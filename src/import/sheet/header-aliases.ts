import type { ImportKind } from '../importer.js';

/*
 * For each kind, each field of product.md §5 with its French and English aliases, in priority
 * order: when several headers could fill a field, the earliest alias wins. Aliases are compared
 * after `normaliseHeader`, so accents, case and punctuation do not matter here. The field's own
 * name always matches too.
 */
const MEMBER_PERSON = ['email', 'e-mail', 'mail', 'courriel', 'adresse courriel', 'adresse e-mail'];
const PERSON_NAME = ['nom complet', 'full name', 'name', 'nom', 'participant', 'participante'];

/** Header aliases of every field, per kind (product.md §5). */
export const HEADER_ALIASES = {
  members: {
    email: [
      ...MEMBER_PERSON,
      'adresse email',
      'adresse électronique',
      'courrier électronique',
      'email address',
      'e-mail address',
    ],
    name: [...PERSON_NAME, 'prénom et nom', 'nom et prénom', 'membre', 'member', 'personne'],
    organization: ['organisme', 'organisation', 'organization', 'organisation membre', 'company'],
    role: ['rôle', 'poste', 'fonction', 'titre du poste', 'job title', 'position'],
    region: ['région', 'région administrative', 'administrative region', 'region'],
    disciplines: ['discipline(s)', 'discipline', 'disciplines artistiques', 'domaines'],
    org_type: [
      "type d'organisme",
      "type d'organisation",
      'organization type',
      'organisation type',
      'type of organization',
      'org type',
    ],
    joined_at: [
      "date d'adhésion",
      "date d'inscription",
      "date d'arrivée",
      'adhésion',
      'inscription',
      'membre depuis',
      'joined',
      'join date',
      'date joined',
      'member since',
    ],
    left_at: ['date de départ', 'départ', 'date de fin', 'left', 'leave date', 'date left'],
    staff: ['équipe', 'personnel', "membre de l'équipe", 'team', 'is staff'],
  },
  events: {
    id: ['identifiant', 'id', 'event id', "id de l'événement", 'code'],
    title: ['titre', 'title', 'événement', 'event', 'nom', 'name', 'activité', 'sujet', 'topic'],
    date: ['date', 'début', 'date de début', 'start', 'start date', 'start time', 'date et heure'],
    end: ['fin', 'date de fin', 'heure de fin', 'end', 'end date', 'end time'],
    format: ['format', 'modalité', 'mode', 'formule'],
    kind: ['type', "type d'activité", "type d'événement", 'event type', 'catégorie', 'category'],
    theme: ['thème', 'thématique', 'theme'],
    organizer: ['organisateur', 'organisatrice', 'animateur', 'animatrice', 'organiser', 'host'],
    registrants: ['inscrits', "nombre d'inscrits", 'inscriptions', 'registrants', 'registrations'],
  },
  attendance: {
    event: ['événement', 'event', 'activité', 'activity', 'rencontre', 'meeting', 'titre', 'title'],
    date: ['date', "date de l'événement", 'event date'],
    participant: [
      ...MEMBER_PERSON,
      'participant',
      'participante',
      'participant(e)',
      'participant·e',
      'attendee',
      ...PERSON_NAME,
      'membre',
      'member',
      'personne',
    ],
    role: ['rôle', 'role', 'type de participant', 'participant role'],
  },
  messages: {
    id: ['identifiant', 'id', 'message id', 'id du message'],
    author: ['auteur', 'autrice', 'author', 'from', 'de', 'expéditeur', 'sender', 'user', 'nom'],
    channel: ['canal', 'channel', 'salon', 'chaîne', 'groupe', 'group', 'forum'],
    timestamp: ['horodatage', 'date et heure', 'date', 'heure', 'datetime', 'time', 'sent at'],
    reply_to: ['en réponse à', 'réponse à', 'in reply to', 'parent', 'parent id'],
    thread: ['fil', 'fil de discussion', 'discussion', 'thread id'],
    text: ['texte', 'message', 'contenu', 'content', 'body', 'corps'],
  },
  contributions: {
    author: ['auteur', 'autrice', 'contributeur', 'contributrice', 'contributor', 'author', 'nom'],
    date: ['date', 'date de contribution', 'publié le', 'published', 'created at'],
    kind: ['type', 'type de contribution', 'nature', 'catégorie', 'category'],
    title: ['titre', 'title', 'objet', 'sujet', 'description'],
  },
  ties: {
    source: ['source', 'de', 'from', 'répondant', 'répondante', 'respondent', 'ego'],
    target: ['cible', 'vers', 'à', 'to', 'personne consultée', 'contact', 'alter'],
    weight: ['poids', 'force', 'intensité', 'weight', 'strength'],
    date: ['date', 'date de la réponse'],
  },
} as const satisfies Record<ImportKind, Record<string, readonly string[]>>;

/** The fields of one kind, as named in product.md §5. */
export type FieldOf<K extends ImportKind> = keyof (typeof HEADER_ALIASES)[K] & string;

/**
 * Required columns per kind: each group needs at least one of its fields (members need an email
 * or a name column).
 */
export const REQUIRED_FIELDS: { readonly [K in ImportKind]: readonly (readonly FieldOf<K>[])[] } = {
  members: [['email', 'name']],
  events: [['title'], ['date']],
  attendance: [['event'], ['participant']],
  messages: [['author'], ['timestamp'], ['text']],
  contributions: [['author'], ['date']],
  ties: [['source'], ['target']],
};

/** The fields of a kind, in the order of product.md §5. */
export function fieldsOf<K extends ImportKind>(kind: K): readonly FieldOf<K>[] {
  return Object.keys(HEADER_ALIASES[kind]) as FieldOf<K>[];
}
