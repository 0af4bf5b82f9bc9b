import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { MemberTarget } from '../../app/index.js';
import { CONSENT_USES } from '../../model/choices.js';
import { PoulsError } from '../../model/pouls-error.js';
import type { ConsentUse, MemberRecord } from '../../store/index.js';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../exit-code.js';
import { parseChoice } from '../parse-options.js';

function describeRecord(ctx: CliContext, record: MemberRecord, counts: Record<string, number>) {
  const t = ctx.t;
  const m = record.member;
  const none = t('privacy:show.none');
  const lines = [t('privacy:show.title', { id: m.id, name: m.name })];
  if (m.erasedOn) lines.push(t('privacy:show.erased', { date: m.erasedOn }));
  lines.push(
    t('privacy:show.profile', {
      organization: m.organization ?? none,
      role: m.role ?? none,
      region: m.region ?? none,
    }),
  );
  const ids = record.identities.map((i) => (i.source ? `${i.source}:${i.value}` : i.value));
  lines.push(
    ids.length > 0
      ? t('privacy:show.identities', { list: ids.join(', ') })
      : t('privacy:show.noIdentities'),
  );
  lines.push(t('privacy:show.consents'));
  for (const use of CONSENT_USES) {
    const c = record.consents.find((x) => x.use === use);
    const state = c
      ? t(c.granted ? 'privacy:show.granted' : 'privacy:show.declined', {
          date: c.decidedOn,
          source: c.source,
        })
      : t('privacy:show.notAsked');
    lines.push(t('privacy:show.consent', { use: t(`privacy:use.${use}`), state }));
  }
  lines.push(t('privacy:show.activity', counts));
  return `${lines.join('\n')}\n`;
}

/** `pouls member show | consent | export | erase ID`: a person's data under Law 25. */
export function registerMember(
  program: Command,
  ctx: CliContext,
  setExit: (code: number) => void,
): void {
  const db = () => program.opts<{ db?: string }>().db;
  const member = program.command('member').description(ctx.t('privacy:command.member'));
  member
    .command('show')
    .description(ctx.t('privacy:command.memberShow'))
    .argument('<member>', 'ID | email | nom')
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--json', ctx.t('cli:option.json'))
    .action(async (ref: string, options: { community?: string; json?: boolean }) => {
      const { showMember } = await import('../../app/member-privacy.js');
      const target: MemberTarget = { community: options.community, member: ref };
      const shown = await ctx.withStore(db(), (store) => showMember(store, target, ctx.audit));
      ctx.io.stdout(
        options.json
          ? `${JSON.stringify({ ...shown.record, counts: shown.counts }, null, 2)}\n`
          : describeRecord(ctx, shown.record, shown.counts),
      );
    });
  member
    .command('consent')
    .description(ctx.t('privacy:command.memberConsent'))
    .argument('<member>', 'ID | email | nom')
    .requiredOption(
      '--use <use>',
      ctx.t('privacy:option.use'),
      parseChoice(CONSENT_USES, 'badFormat'),
    )
    .option('--grant', ctx.t('privacy:option.grant'))
    .option('--decline', ctx.t('privacy:option.decline'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .action(
      async (
        ref: string,
        options: { use: ConsentUse; grant?: boolean; decline?: boolean; community?: string },
      ) => {
        if (Boolean(options.grant) === Boolean(options.decline))
          throw new PoulsError('usage', 'grant or decline', {
            params: { key: 'privacy:error.consentChoice' },
          });
        const granted = Boolean(options.grant);
        const { setMemberConsent } = await import('../../app/member-privacy.js');
        const done = await ctx.withStore(db(), (store) =>
          setMemberConsent(
            store,
            { community: options.community, member: ref, use: options.use, granted },
            ctx.audit,
          ),
        );
        const state = ctx.t(granted ? 'privacy:done.grantedWord' : 'privacy:done.declinedWord');
        ctx.io.stdout(
          `${ctx.t('privacy:done.consent', { ...done, use: ctx.t(`privacy:use.${options.use}`), state })}\n`,
        );
      },
    );
  member
    .command('export')
    .description(ctx.t('privacy:command.memberExport'))
    .argument('<member>', 'ID | email | nom')
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--out <file>', ctx.t('privacy:option.out'))
    .action(async (ref: string, options: { community?: string; out?: string }) => {
      const { exportMember } = await import('../../app/member-privacy.js');
      const exported = await ctx.withStore(db(), (store) =>
        exportMember(store, { community: options.community, member: ref }, ctx.audit),
      );
      const json = `${JSON.stringify(exported, null, 2)}\n`;
      if (!options.out) return ctx.io.stdout(json);
      writeFileSync(options.out, json, { mode: 0o600 });
      ctx.io.stderr(
        `${ctx.t('privacy:done.exported', { memberId: exported.member.id, file: options.out })}\n`,
      );
    });
  member
    .command('erase')
    .description(ctx.t('privacy:command.memberErase'))
    .argument('<member>', 'ID | email | nom')
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--yes', ctx.t('privacy:option.yes'))
    .action(async (ref: string, options: { community?: string; yes?: boolean }) => {
      const { eraseMember, showMember } = await import('../../app/member-privacy.js');
      const target: MemberTarget = { community: options.community, member: ref };
      await ctx.withStore(db(), async (store) => {
        if (!options.yes) {
          const { record, counts } = await showMember(store, target);
          ctx.io.stderr(
            `${ctx.t('privacy:done.eraseConfirm', { ...counts, id: record.member.id, name: record.member.name })}\n`,
          );
          setExit(EXIT.usage);
          return;
        }
        const erased = await eraseMember(store, target, ctx.audit);
        ctx.io.stdout(
          `${ctx.t('privacy:done.erased', { memberId: erased.memberId, ...erased.summary })}\n`,
        );
      });
    });
}
