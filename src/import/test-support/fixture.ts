import { readFileSync } from 'node:fs';
import type { Batch } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import type { ImportKind, ImportOptions } from '../importer.js';
import { readNative } from '../read-native.js';

/** The bytes of a literal fixture under `test/fixtures/native/`. */
export function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`../../../test/fixtures/native/${name}`, import.meta.url));
}

/** Reads a native fixture as one kind. */
export function readFixture(kind: ImportKind, name: string, options: ImportOptions = {}) {
  return readNative(kind, fixture(name), name, options);
}

/** The batch of a result that must be ok (throws with the issues otherwise, for tests). */
export function batchOf(result: Result<Batch>): Batch {
  if (!result.ok) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The issues of a result that must have failed. */
export function issuesOf<T>(result: Result<T>): readonly Issue[] {
  if (result.ok) throw new Error('expected issues, got a value');
  return result.issues;
}

/** Encodes a literal CSV as UTF-8 bytes. */
export function csv(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
