/**
 * Suffixes stripped by `stem`, longest first: French and English inflections only (plural,
 * feminine, -ing, -ed). Derivations are kept: stripping them merged "publicité", "public" and
 * "publication" into one theme.
 */
const SUFFIXES = ['ees', 'ee', 'es', 'e', 's', 'x', 'ings', 'ing', 'ied', 'ies', 'ed'].sort(
  (a, b) => b.length - a.length,
);

/** Normalises a word for stemming: lower case, accents removed, œ → oe. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/**
 * A light French/English stemmer: strips the longest known suffix while at least 4 letters
 * remain, once (a suffix stripper in the spirit of Savoy 1999's light French stemmer, not a full
 * Porter/Snowball algorithm). Enough to group "infolettres"/"infolettre" or "meetings"/"meeting".
 * @example stem('infolettres') // 'infolettr'
 * @example stem('meetings') // 'meet'
 */
export function stem(word: string): string {
  const folded = foldWord(word);
  for (const suffix of SUFFIXES) {
    if (folded.endsWith(suffix) && folded.length - suffix.length >= 4) {
      return folded.slice(0, -suffix.length);
    }
  }
  return folded;
}

/** The words of a text: letters and digits runs of at least 3 characters, folded. */
export function words(text: string): string[] {
  return (foldWord(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3);
}
