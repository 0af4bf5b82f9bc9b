import { Hono } from 'hono';
import { z } from 'zod';
import { roleAtLeast } from '../../app/auth.js';
import { createProfileLink, directoryEntries } from '../../app/directory.js';
import {
  type MemberRecommendations,
  reasonsText,
  recommendForMember,
} from '../../app/recommend-members.js';
import {
  digestForMember,
  profileLinkCandidates,
  recommendableMembers,
} from '../../app/web-connect.js';
import type { Lang } from '../../i18n/lang.js';
import { badInput } from '../api-error.js';
import type { AppEnv } from '../env.js';
import { asOfParam } from '../query.js';
import { readJson } from '../read-body.js';
import { siteOrigin } from '../request-info.js';
import { need } from '../session.js';
import { auditView } from './dashboard.js';
import { runUseCase } from './follow-errors.js';

const NewLink = z.object({ memberId: z.number().int().positive() });

/** Recommendations with each one's reasons in plain words, in the reader's language. */
function withReasons(recs: MemberRecommendations, lang: Lang) {
  const explain = (list: MemberRecommendations['peers']) =>
    list.map((r) => ({ ...r, why: reasonsText(r, lang) }));
  return {
    ...recs,
    peers: explain(recs.peers),
    answerers: explain(recs.answerers),
    initiatives: explain(recs.initiatives),
  };
}

function memberIdParam(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw badInput('member: a member id');
  return id;
}

/**
 * Connecting members (issue 9): the consent-based directory (every role), personal profile
 * links (steward), and "people you could meet" with the steward's digest. Only members who
 * consented appear; one who declined is in none of these answers.
 */
export function connectRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/directory', async (c) => {
    const { store } = c.get('deps');
    const slug = c.get('community').slug;
    const entries = await directoryEntries(store, slug);
    await auditView(c, 'directory');
    if (!roleAtLeast(c.get('role'), 'steward')) return c.json({ entries });
    return c.json({ entries, candidates: await profileLinkCandidates(store, slug) });
  });

  app.post('/directory/links', async (c) => {
    need(c, 'steward');
    const body = await readJson(c, NewLink);
    const { store } = c.get('deps');
    const slug = c.get('community').slug;
    const allowed = await profileLinkCandidates(store, slug);
    if (!allowed.some((m) => m.memberId === body.memberId))
      return c.json(
        { error: { code: 'not_found', message: String(c.get('t')('webfollow:error.noMember')) } },
        404,
      );
    return runUseCase(c, async () => {
      const link = await createProfileLink(store, {
        community: slug,
        memberId: body.memberId,
        today: asOfParam(c),
        actor: c.get('principal')?.email ?? 'web',
      });
      return c.json(
        {
          memberId: body.memberId,
          name: link.name,
          expiresOn: link.expiresOn,
          token: link.token,
          url: `${siteOrigin(c)}/p/${link.token}`,
        },
        201,
      );
    });
  });

  app.get('/recommendations', async (c) => {
    need(c, 'facilitator');
    const members = await recommendableMembers(c.get('deps').store, {
      community: c.get('community').slug,
      asOf: asOfParam(c),
    });
    return c.json(members);
  });

  app.get('/recommendations/:memberId', async (c) => {
    need(c, 'facilitator');
    const memberId = memberIdParam(c.req.param('memberId'));
    return runUseCase(c, async () => {
      const recs = await recommendForMember(c.get('deps').store, {
        community: c.get('community').slug,
        memberId,
        asOf: asOfParam(c),
      });
      await auditView(c, `recommendations:member:${memberId}`);
      return c.json(withReasons(recs, c.get('lang')));
    });
  });

  app.get('/recommendations/:memberId/digest', async (c) => {
    need(c, 'steward');
    const memberId = memberIdParam(c.req.param('memberId'));
    const format = c.req.query('format') ?? 'html';
    if (format !== 'html' && format !== 'md') throw badInput('format: html, md');
    const lang =
      c.req.query('lang') === 'en' ? 'en' : c.req.query('lang') === 'fr' ? 'fr' : c.get('lang');
    return runUseCase(c, async () => {
      const text = await digestForMember(c.get('deps').store, {
        community: c.get('community').slug,
        memberId,
        asOf: asOfParam(c),
        lang,
        format,
        actor: c.get('principal')?.email ?? 'web',
        at: c.get('deps').clock.now().toISOString(),
      });
      const file = `digest-${memberId}.${format}`;
      c.header(
        'Content-Disposition',
        `${c.req.query('download') ? 'attachment' : 'inline'}; filename="${file}"`,
      );
      if (format === 'html') {
        c.header(
          'Content-Security-Policy',
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox",
        );
        c.header('X-Frame-Options', 'SAMEORIGIN');
        return c.body(text, 200, { 'Content-Type': 'text/html; charset=utf-8' });
      }
      return c.body(text, 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
    });
  });

  return app;
}
