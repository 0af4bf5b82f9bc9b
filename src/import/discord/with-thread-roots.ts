import type { MessageInput } from '../../model/input.js';

/**
 * Sets each message's `thread` to the first message of its reply chain: a message that replies
 * or is replied to belongs to the thread of the earliest ancestor found in the batch; a lone
 * message keeps `thread: null`. Cycles and missing parents stop the walk.
 *
 * @example
 * withThreadRoots([a, { ...b, replyTo: a.externalId }]) // both with thread a.externalId
 */
export function withThreadRoots(messages: readonly MessageInput[]): MessageInput[] {
  const byId = new Map(messages.map((m) => [m.externalId, m]));
  const replied = new Set(messages.map((m) => m.replyTo).filter((id) => id !== null));
  function rootOf(message: MessageInput): string {
    const seen = new Set<string>();
    let current = message;
    while (current.replyTo !== null && !seen.has(current.externalId)) {
      seen.add(current.externalId);
      const parent = byId.get(current.replyTo);
      if (parent === undefined) return current.replyTo;
      current = parent;
    }
    return current.externalId;
  }
  return messages.map((m) =>
    m.replyTo !== null || replied.has(m.externalId) ? { ...m, thread: rootOf(m) } : m,
  );
}
