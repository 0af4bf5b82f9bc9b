import type { EVENT_FORMATS } from '../../model/event.js';
import { normaliseHeader } from './normalise-header.js';

/** The format of an event. */
export type EventFormat = (typeof EVENT_FORMATS)[number];

const WORDS: Readonly<Record<string, EventFormat>> = {
  virtual: 'virtual',
  online: 'virtual',
  'en ligne': 'virtual',
  virtuel: 'virtual',
  virtuelle: 'virtual',
  distanciel: 'virtual',
  'a distance': 'virtual',
  'in person': 'in_person',
  'en personne': 'in_person',
  presentiel: 'in_person',
  'sur place': 'in_person',
  hybrid: 'hybrid',
  hybride: 'hybrid',
};

/**
 * Reads an event format: virtual, in person or hybrid, in English or French (« virtuel »,
 * « en ligne », « en personne », « présentiel », « hybride »); undefined otherwise.
 *
 * @example
 * parseEventFormat('Présentiel') // 'in_person'
 */
export function parseEventFormat(value: string): EventFormat | undefined {
  return WORDS[normaliseHeader(value)];
}
