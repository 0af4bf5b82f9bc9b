import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a roster of `people` members and a messages file of `count` messages into `dir`;
 * authors run past the roster so that the import also creates members. `offset` shifts ids
 * and authors so that two files overlap on some new members.
 */
export function writeImportFiles(
  dir: string,
  options: { people: number; count: number; offset?: number; name?: string },
): { members: string; messages: string } {
  const offset = options.offset ?? 0;
  let roster = 'email,name\n';
  for (let i = 0; i < options.people; i++) roster += `p${i}@example.org,Personne ${i}\n`;
  let messages = 'id,author,channel,timestamp,reply_to,text\n';
  for (let i = 0; i < options.count; i++) {
    const n = i + offset;
    const day = new Date(Date.UTC(2020, 0, 1) + n * 3_600_000).toISOString();
    const author = (n * 7919) % (options.people + 300);
    const reply = i % 3 && i > 0 ? `${options.name ?? 'm'}${i - 1}` : '';
    messages += `${options.name ?? 'm'}${i},p${author}@example.org,c${n % 9},${day},${reply},Message ${n} sur la billetterie\n`;
  }
  const members = join(dir, 'members.csv');
  const file = join(dir, `${options.name ?? 'messages'}.csv`);
  writeFileSync(members, roster);
  writeFileSync(file, messages);
  return { members, messages: file };
}
