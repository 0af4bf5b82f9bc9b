import type { Command } from 'commander';
import type { DigestFormat, MemberRecommendations } from '../../app/index.js';
import type { Lang } from '../../i18n/lang.js';
import { PoulsError } from '../../model/pouls-error.js';
import type { CliContext } from '../cli-context.js';
import { parseChoice, parseIsoDate, parseLang, parsePositiveInt } from '../parse-options.js';
import { withNamespacedErrors } from './namespaced-errors.js';

interface RecommendCliOptions {
  community?: string;
  member?: number;
  asOf?: string;
  k: number;
  json?: boolean;
  digest?: boolean;
  format: DigestFormat;
  lang: Lang;
  out: string;
}

function lines(
  r: MemberRecommendations,
  ctx: CliContext,
  reasons: (x: MemberRecommendations['peers'][number]) => string,
): string[] {
  const out = [`${r.name} (${r.memberId})`];
  for (const key of ['peers', 'answerers', 'initiatives'] as const) {
    if (r[key].length === 0) continue;
    out.push('', ctx.t(`connect:${key}`));
    for (const x of r[key]) {
      const title = x.item ? `${x.item.title} (${x.item.date})` : `${x.name} (${x.memberId})`;
      out.push(`  ${title} — ${reasons(x)}`);
    }
  }
  if (out.length === 1) out.push(ctx.t('connect:nothing'));
  return out;
}

/** `pouls recommend --member ID [--json] [--k N]` or `--digest [--out DIR]`. */
export function registerRecommend(
  program: Command,
  ctx: CliContext,
  setExit: (code: number) => void,
): void {
  program
    .command('recommend')
    .description(ctx.t('connect:command.recommend'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--member <id>', ctx.t('connect:option.member'), parsePositiveInt)
    .option('--as-of <date>', ctx.t('cli:option.asOf'), parseIsoDate)
    .option('--k <n>', ctx.t('connect:option.k'), parsePositiveInt, 5)
    .option('--json', ctx.t('cli:option.json'))
    .option('--digest', ctx.t('connect:option.digest'))
    .option(
      '--format <format>',
      ctx.t('connect:option.digestFormat'),
      parseChoice(['md', 'html'] as const, 'badFormat'),
      'md',
    )
    .option('--lang <lang>', ctx.t('cli:option.lang'), parseLang, ctx.lang)
    .option('--out <dir>', ctx.t('connect:option.out'), 'out/digests')
    .action((o: RecommendCliOptions) =>
      withNamespacedErrors(ctx, setExit, async () => {
        const asOf = o.asOf ?? ctx.io.today;
        const community = o.community ? { community: o.community } : {};
        const { reasonsText, recommendForMember, writeDigests } = await import(
          '../../app/recommend-members.js'
        );
        if (o.digest) {
          const paths = await ctx.withStore(program.opts<{ db?: string }>().db, (store) =>
            writeDigests(store, {
              ...community,
              asOf,
              k: o.k,
              lang: o.lang,
              format: o.format,
              outDir: o.out,
            }),
          );
          ctx.io.stdout(`${ctx.t('connect:digestWritten', { count: paths.length, dir: o.out })}\n`);
          return;
        }
        if (o.member === undefined) {
          throw new PoulsError('usage', 'recommend needs --member or --digest', {
            params: { key: 'usage', detail: '--member ID | --digest' },
          });
        }
        const memberId = o.member;
        const recs = await ctx.withStore(program.opts<{ db?: string }>().db, (store) =>
          recommendForMember(store, { ...community, memberId, asOf, k: o.k }),
        );
        const text = (x: MemberRecommendations['peers'][number]) => reasonsText(x, ctx.lang);
        if (o.json) ctx.io.stdout(`${JSON.stringify(recs, null, 2)}\n`);
        else ctx.io.stdout(`${lines(recs, ctx, text).join('\n')}\n`);
      }),
    );
}
