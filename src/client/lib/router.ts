import { useEffect, useState } from 'react';

/** The community sections of the web app, in the order of its navigation. */
export const SECTIONS = [
  'dashboard',
  'members',
  'events',
  'exchanges',
  'network',
  'survey',
  'findings',
  'plan',
  'reports',
  'snapshots',
  'log',
  'directory',
  'recommendations',
  'imports',
  'privacy',
  'retention',
  'audit',
] as const;
export type Section = (typeof SECTIONS)[number];

/** A page of the web app, read from its path. */
export type Route =
  | { readonly page: 'login' }
  | { readonly page: 'communities' }
  | {
      readonly page: 'community';
      readonly slug: string;
      readonly section: Section;
      /** One item of the section: `/c/demo/privacy/42` is member 42's record. */
      readonly item?: string;
    }
  | { readonly page: 'survey'; readonly token: string }
  | { readonly page: 'profile'; readonly token: string }
  | { readonly page: 'notFound' };

function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value) && value !== 'dashboard';
}

/**
 * Reads the page of a path: `/login`, `/`, `/c/:slug[/:section]`, `/s/:token`.
 *
 * @example
 * matchRoute('/c/demo/plan') // { page: 'community', slug: 'demo', section: 'plan' }
 */
export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'communities' };
  const [head, id, section, ...rest] = parts;
  if (head === 'login' && parts.length === 1) return { page: 'login' };
  if (head === 's' && id && !section) return { page: 'survey', token: id };
  if (head === 'p' && id && !section) return { page: 'profile', token: id };
  if (head === 'c' && id && rest.length === 0) {
    if (section === undefined) return { page: 'community', slug: id, section: 'dashboard' };
    if (isSection(section)) return { page: 'community', slug: id, section };
  }
  const item = rest.length === 1 ? rest[0] : undefined;
  if (head === 'c' && id && section === 'privacy' && item !== undefined && /^\d+$/.test(item))
    return { page: 'community', slug: id, section, item };
  return { page: 'notFound' };
}

/** The path of a community section: `/c/demo` for the dashboard, `/c/demo/plan`. */
export function sectionPath(slug: string, section: Section): string {
  const base = `/c/${encodeURIComponent(slug)}`;
  return section === 'dashboard' ? base : `${base}/${section}`;
}

const listeners = new Set<() => void>();

/** Goes to a path of the web app without reloading the page. */
export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

/** The current path, updated on navigation and on the browser's back and forward buttons. */
export function usePathname(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPath(window.location.pathname);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return path;
}
