import type { OrgTypeKey } from './organisations.js';
import type { Random } from './random.js';

type Role = readonly [feminine: string, masculine: string];

const COMMS: Role = ['Responsable des communications', 'Responsable des communications'];
const MARKETING: Role = ['Coordonnatrice marketing numérique', 'Coordonnateur marketing numérique'];
const DIRECTOR: Role = ['Directrice marketing', 'Directeur marketing'];
const PROJECTS: Role = ['Chargée de projets numériques', 'Chargé de projets numériques'];
const DEVELOPMENT: Role = ['Agente de développement culturel', 'Agent de développement culturel'];
const TICKETING: Role = ['Responsable de la billetterie', 'Responsable de la billetterie'];
const COMMUNITY: Role = ['Gestionnaire de communauté', 'Gestionnaire de communauté'];
const GENERAL: Role = ['Direction générale', 'Direction générale'];

const MIX: Readonly<Partial<Record<OrgTypeKey, readonly (readonly [Role, number])[]>>> = {
  billetterie: [
    [TICKETING, 6],
    [PROJECTS, 3],
    [MARKETING, 1],
  ],
  odc: [
    [DEVELOPMENT, 7],
    [COMMS, 3],
  ],
  agence: [
    [DIRECTOR, 3],
    [PROJECTS, 4],
    [COMMUNITY, 3],
  ],
  autonome: [
    [PROJECTS, 5],
    [COMMUNITY, 3],
    [COMMS, 2],
  ],
  compagnie: [
    [GENERAL, 4],
    [COMMS, 4],
    [MARKETING, 2],
  ],
  centre: [
    [GENERAL, 4],
    [COMMS, 5],
    [COMMUNITY, 1],
  ],
};

const DEFAULT_MIX: readonly (readonly [Role, number])[] = [
  [COMMS, 35],
  [MARKETING, 25],
  [DIRECTOR, 10],
  [PROJECTS, 15],
  [COMMUNITY, 10],
  [TICKETING, 5],
];

/**
 * A plausible digital-promotion role (quebec.md) for someone working in an organisation of this
 * kind, in the feminine or masculine form.
 */
export function pickRole(random: Random, type: OrgTypeKey, feminine: boolean): string {
  const [role] = random.pickWeighted(MIX[type] ?? DEFAULT_MIX, ([, weight]) => weight);
  return feminine ? role[0] : role[1];
}

/** The roles of the host's three staff members, animator first. */
export const STAFF_ROLES: readonly Role[] = [COMMUNITY, PROJECTS, MARKETING];
