/** A line opening a message: `[timestamp] <nick> text`, the nick maybe prefixed by an IRC mode. */
const MESSAGE = /^\[([^\]]{8,40})\]\s+<[@+%~&]?([^>\s]{1,64})>(?: (.*))?$/;
/** A line that starts with a timestamp but is no message (`* nick waves`, `-!- joins`...). */
const EVENT = /^\[\d[^\]]{7,39}\]\s/;

/** One line of a chat log: a message's first line, a system event, or more text. */
export type ChatLine =
  | {
      readonly kind: 'message';
      readonly stamp: string;
      readonly nick: string;
      readonly text: string;
    }
  | { readonly kind: 'event' }
  | { readonly kind: 'text'; readonly text: string };

/**
 * Classifies a line of a chat log in the `[timestamp] <nick> text` form (IRC clients, Gitter
 * archives). Lines that match neither form continue the previous message.
 *
 * @example
 * chatLine('[2016-11-20 07:02:10] <abhisekp> Bonjour')
 * // { kind: 'message', stamp: '2016-11-20 07:02:10', nick: 'abhisekp', text: 'Bonjour' }
 */
export function chatLine(line: string): ChatLine {
  const message = MESSAGE.exec(line);
  if (message) {
    const [, stamp = '', nick = '', text = ''] = message;
    return { kind: 'message', stamp, nick, text };
  }
  return EVENT.test(line) ? { kind: 'event' } : { kind: 'text', text: line };
}

/** Whether a line is a chat message line, for detection. */
export function isChatMessageLine(line: string): boolean {
  return MESSAGE.test(line) && /^\[\d/.test(line);
}
