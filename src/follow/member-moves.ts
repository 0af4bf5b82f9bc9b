import { type Analysis, LEVELS, type Level } from '../model/analysis.js';

/** Rank of a level, inactive lowest and core highest. */
function rank(level: Level): number {
  return LEVELS.length - 1 - LEVELS.indexOf(level);
}

/** A member whose level changed between two analyses. */
export interface LevelMove {
  readonly memberId: number;
  readonly name: string;
  readonly from: Level;
  readonly to: Level;
}

/**
 * Members present in both analyses whose participation level changed (method.md §1.4 levels,
 * indicator P4), in the order of the later analysis.
 */
export function memberMoves(before: Analysis, after: Analysis): LevelMove[] {
  const earlier = new Map(before.memberMetrics.map((m) => [m.id, m.level]));
  const moves: LevelMove[] = [];
  for (const member of after.memberMetrics) {
    const from = earlier.get(member.id);
    if (from === undefined || from === member.level) continue;
    moves.push({ memberId: member.id, name: member.name, from, to: member.level });
  }
  return moves;
}

/** Whether a move goes up (towards the core). */
export function isMoveUp(move: LevelMove): boolean {
  return rank(move.to) > rank(move.from);
}
