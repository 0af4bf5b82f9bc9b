import { PoulsError } from '../../model/pouls-error.js';
import type { CliContext } from '../cli-context.js';
import { exitCodeOf } from '../exit-code.js';

/**
 * Runs a command's action and prints the failures its use cases raise with their own
 * namespace (`params.ns`, e.g. `follow:error.unknownSnapshot`); other failures go on to `main`.
 */
export async function withNamespacedErrors(
  ctx: CliContext,
  setExit: (code: number) => void,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof PoulsError) || typeof error.params.ns !== 'string') throw error;
    const { ns, key, ...params } = error.params;
    ctx.io.stderr(`${ctx.t(`${ns}:error.${key}`, params)}\n`);
    setExit(exitCodeOf(error.code));
  }
}
