import { describe, expect, it } from 'vitest';
import { CONSENT_USES } from '../../app/member-privacy.js';
import { IMPORT_KINDS } from '../../import/importer.js';
import { CLI_CONSENT_USES, CLI_IMPORT_KINDS } from './choices.js';

describe('the closed lists the CLI parses options with', () => {
  it('are the import kinds of src/import, in the same order (the order of the help text)', () => {
    expect(CLI_IMPORT_KINDS).toEqual(IMPORT_KINDS);
  });

  it('are the consent uses of src/app, in the same order (the order of `member show`)', () => {
    expect(CLI_CONSENT_USES).toEqual(CONSENT_USES);
  });
});
