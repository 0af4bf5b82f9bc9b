import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLIENT = 'src/client';
/** Packages the browser bundle may use. */
const PACKAGES = ['react', 'react-dom/client', 'i18next', 'graphology', 'sigma'];

function clientFiles(dir = CLIENT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return clientFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The code of a file without its comments, so that a TSDoc sentence is not read as an import. */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

function importsOf(file: string): string[] {
  return [...codeOf(file).matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] ?? '');
}

describe('web client boundaries (style.md)', () => {
  it('talks to the API only: it imports the client, i18n catalogues, model types and a few packages', () => {
    const offenders = clientFiles().flatMap((file) =>
      importsOf(file)
        .filter((spec) => {
          if (!spec.startsWith('.')) return !PACKAGES.includes(spec);
          const target = relative('src', resolve(file, '..', spec));
          return !/^(client|i18n|model)\//.test(target);
        })
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('reads no environment and no Node module', () => {
    const offenders = clientFiles().filter((file) => {
      return (
        /process\.env/.test(codeOf(file)) || importsOf(file).some((i) => i.startsWith('node:'))
      );
    });
    expect(offenders).toEqual([]);
  });
});
