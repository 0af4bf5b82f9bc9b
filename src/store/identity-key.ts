import type { Identity } from '../model/member.js';

/** Normalises an email for matching: trimmed, lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Normalises a name for matching: lower case, accents removed, spaces and hyphens collapsed. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐–—.'’]+/g, ' ')
    .trim();
}

/** The key under which an identity is indexed in memory: `kind|source|value`. */
export function identityKey(identity: Identity): string {
  return `${identity.kind}|${identity.source}|${identity.value}`;
}
