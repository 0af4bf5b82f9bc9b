import { chatLogImporter } from './chat-log/index.js';
import { discordImporter } from './discord/index.js';
import { discourseImporter } from './discourse/index.js';
import { eventbriteImporter } from './eventbrite/index.js';
import { gitImporter } from './git/index.js';
import type { Importer, ImportKind } from './importer.js';
import { mboxImporter } from './mbox/index.js';
import { nativeCsvImporter } from './sheet/native-csv-importer.js';
import { slackImporter } from './slack/index.js';
import { teamsImporter } from './teams/index.js';
import { xlsxImporter } from './xlsx/index.js';
import { zeffyImporter } from './zeffy/index.js';
import { zoomImporter } from './zoom/index.js';

/**
 * Every importer, most specific first: detection tries them in this order, and the native
 * delimited-text reader comes last since most exports are delimited text too.
 */
export const IMPORTERS: readonly Importer[] = Object.freeze([
  slackImporter,
  discordImporter,
  discourseImporter,
  mboxImporter,
  chatLogImporter,
  zoomImporter,
  teamsImporter,
  eventbriteImporter,
  zeffyImporter,
  gitImporter,
  xlsxImporter,
  nativeCsvImporter,
]);

/** The formats `--format` accepts. */
export function importFormats(): string[] {
  return IMPORTERS.map((i) => i.format);
}

/**
 * Chooses the importer for a file: the one `--format` names, else the first whose `detect`
 * recognises the content (not only the extension) and that can hold `kind`. Returns undefined
 * when none fits.
 */
export function chooseImporter(choice: {
  kind: ImportKind;
  fileName: string;
  sample: Uint8Array;
  format?: string | undefined;
  /** The files of an export folder, when the user pointed at a folder. */
  files?: ReadonlyMap<string, Uint8Array> | undefined;
}): Importer | undefined {
  const format = choice.format?.toLowerCase();
  if (format) return IMPORTERS.find((i) => i.format === format);
  return IMPORTERS.find(
    (i) => i.kinds.includes(choice.kind) && i.detect(choice.sample, choice.fileName),
  );
}
