import type { PoulsErrorCode } from '../model/pouls-error.js';

/** Exit codes of product.md §4: 0 success, 1 bad input, 2 bad usage, 3 internal error. */
export const EXIT = { ok: 0, badInput: 1, usage: 2, internal: 3 } as const;

/** The exit code for a failure of the given kind. */
export function exitCodeOf(code: PoulsErrorCode): number {
  switch (code) {
    case 'usage':
    case 'ambiguous_community':
      return EXIT.usage;
    case 'bad_input':
    case 'not_found':
      return EXIT.badInput;
    case 'internal':
      return EXIT.internal;
  }
}
