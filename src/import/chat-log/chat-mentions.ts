/** `@nick`, not inside an email address or a word. */
const AT_NICK = /(?<![\w@.])@([A-Za-z0-9_][\w.~-]*[\w~-]|[A-Za-z0-9_])/g;
/** IRC's way to address someone: the nick at the start, then `:` or `,`. */
const ADDRESSED = /^([^\s:,]{1,64})[:,]\s/;

/**
 * The nicks a chat message names: every `@nick`, and the nick it starts with (`nick: text`) when
 * that nick speaks in the log; each once, the author left out.
 *
 * @example
 * chatMentions('pdurbin: merci @lc-soft et @Saeven.', 'xex5', new Set(['pdurbin']))
 * // ['pdurbin', 'lc-soft', 'Saeven']
 */
export function chatMentions(
  text: string,
  author: string,
  speakers: ReadonlySet<string>,
): string[] {
  const names: string[] = [];
  const addressed = ADDRESSED.exec(text)?.[1];
  if (addressed !== undefined && speakers.has(addressed)) names.push(addressed);
  for (const match of text.matchAll(AT_NICK)) names.push(match[1] ?? '');
  return [...new Set(names)].filter((name) => name !== '' && name !== author);
}
