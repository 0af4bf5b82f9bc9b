import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLogHours, addLogPhase } from '../../src/app/accompaniment.js';
import {
  createProfileLink,
  profileForToken,
  recordMemberConsent,
} from '../../src/app/directory.js';
import { createSnapshot } from '../../src/app/snapshots.js';
import { seriousViolations } from './axe.js';
import { STEWARD, startWeb, type WebHarness } from './web-harness.js';

/** When set, the flows also write screenshots into this folder. */
const SHOTS = process.env.POULS_SCREENSHOTS_DIR;

let web: WebHarness;
let token: string;
let declinedName: string;
const contexts: BrowserContext[] = [];

async function shoot(p: Page, name: string): Promise<void> {
  if (SHOTS) await p.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
}

async function newPage(width: number, height: number): Promise<Page> {
  const context = await web.browser.newContext({
    viewport: { width, height },
    locale: 'fr-CA',
    // axe-core is injected as an inline script, which the shell's CSP rightly refuses.
    bypassCSP: true,
  });
  context.setDefaultTimeout(20_000);
  contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  web = await startWeb();
  const members = await web.store.db
    .selectFrom('members')
    .select(['id', 'name'])
    .where('staff', '=', 0)
    .orderBy('id')
    .limit(26)
    .execute();
  for (const m of members.slice(0, 25))
    await recordMemberConsent(
      web.store,
      { memberId: m.id, use: 'directory', granted: true },
      { actor: 'cli:test', at: `${web.asOf}T09:00:00.000Z` },
    );
  const declined = members[25] as { id: number; name: string };
  declinedName = declined.name;
  for (const use of ['directory', 'recommendations'])
    await recordMemberConsent(
      web.store,
      { memberId: declined.id, use, granted: false },
      { actor: 'cli:test', at: `${web.asOf}T09:00:00.000Z` },
    );
  const before = new Date(`${web.asOf}T00:00:00Z`);
  before.setUTCMonth(before.getUTCMonth() - 6);
  const start = before.toISOString().slice(0, 10);
  await createSnapshot(web.store, { name: 'Départ', asOf: start });
  await createSnapshot(web.store, { name: 'Bilan', asOf: web.asOf });
  await addLogPhase(web.store, {
    name: 'Relance',
    startsOn: start,
    endsOn: web.asOf,
    budgetHours: 60,
  });
  await addLogHours(web.store, {
    date: web.asOf,
    person: 'Julie',
    activity: 'animation',
    hours: 12,
  });
  token = (
    await createProfileLink(web.store, {
      memberId: (members[0] as { id: number }).id,
      today: web.asOf,
    })
  ).token;
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await web?.close();
});

describe('following and connecting in Chromium', () => {
  it('lets a member edit their own profile on a phone', async () => {
    const page = await newPage(390, 844);
    await page.goto(`${web.url}/p/${token}`);
    await page.getByRole('heading', { level: 1, name: /^Bonjour / }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'profile-phone');
    await page.getByLabel('Mes expertises').fill('billetterie, infolettres');
    await page.getByLabel('Mes intérêts').fill('médiation culturelle');
    await page.getByLabel(/suggère des personnes/).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: 'Merci, votre profil est enregistré.' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const scrolls = await page.evaluate('document.documentElement.scrollWidth');
    expect(scrolls).toBeLessThanOrEqual(390);
    const saved = await profileForToken(web.store, token, web.asOf);
    expect(saved.profile.expertise).toEqual(['billetterie', 'infolettres']);
    expect(saved.consents).toEqual({ directory: true, recommendations: true });
  });

  it('shows the steward the snapshot comparison, the log, the directory and introductions', async () => {
    const page = await newPage(1280, 900);
    await page.goto(`${web.url}/login`);
    await page.getByLabel('Courriel').fill(STEWARD.email);
    await page.getByLabel('Mot de passe').fill(STEWARD.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Vos communautés' }).waitFor();

    await page.goto(`${web.url}/c/demo/snapshots`);
    await page.getByRole('heading', { level: 1, name: 'Instantanés' }).waitFor();
    await page.getByRole('button', { name: 'Comparer' }).click();
    await page.getByRole('heading', { name: /Départ .* → Bilan/ }).waitFor();
    await page.getByRole('heading', { name: /Cibles du scénario/ }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Observé' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'snapshots');

    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Journal d’accompagnement' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Relance' }).waitFor();
    expect(await page.getByText('12 h consacrées sur 60 h prévues').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'log');

    await page.getByRole('navigation').getByRole('link', { name: 'Répertoire' }).click();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('table').getByRole('row').count()).toBe(26);
    expect(await page.content()).not.toContain(declinedName);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'directory');

    await page.getByRole('navigation').getByRole('link', { name: 'Mises en relation' }).click();
    await page.getByRole('button', { name: 'Voir les suggestions' }).click();
    await page.getByRole('heading', { name: 'Des gens à rencontrer' }).waitFor();
    await page
      .frameLocator('iframe.digest-preview')
      .getByText(/Bonjour/)
      .first()
      .waitFor();
    expect(await page.content()).not.toContain(declinedName);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'recommendations');
  });
});
