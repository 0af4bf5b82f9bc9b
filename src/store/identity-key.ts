import { createHash } from 'node:crypto';
import type { Identity } from '../model/member.js';

/** Providers that ignore dots in the local part (Gmail). */
const DOTLESS_DOMAINS = new Set(['gmail.com', 'googlemail.com']);
/** Providers that deliver `name+tag@` to `name@` (sub-addressing). */
const TAGGED_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'icloud.com',
  'me.com',
  'yahoo.com',
  'yahoo.ca',
  'proton.me',
  'protonmail.com',
  'fastmail.com',
]);

/**
 * Normalises an email for matching: trimmed, lower case, and for common providers the dots
 * (Gmail) and `+tag` sub-addresses removed, so that `Marie.Roy+cppn@gmail.com` matches
 * `marieroy@gmail.com`.
 */
export function normaliseEmail(email: string): string {
  const lower = email.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at <= 0) return lower;
  let local = lower.slice(0, at);
  const domain = lower.slice(at + 1) === 'googlemail.com' ? 'gmail.com' : lower.slice(at + 1);
  if (TAGGED_DOMAINS.has(domain)) local = local.split('+')[0] ?? local;
  if (DOTLESS_DOMAINS.has(domain)) local = local.replaceAll('.', '');
  return `${local}@${domain}`;
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

/**
 * The one-way form in which an erased member's identity is kept (`erased_identities`): the
 * SHA-256 of its key. It lets a later import recognise the person without holding their email,
 * handle or name in clear (docs/privacy.md says what it does and does not protect).
 */
export function erasedKey(key: string): string {
  return createHash('sha256').update(`pouls-erased|${key}`).digest('hex');
}
