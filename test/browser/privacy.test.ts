import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/auth.js';
import { seriousViolations } from './axe.js';
import { startWeb, type WebHarness } from './web-harness.js';

const ADMIN = { email: 'admin@demo.test', password: 'correct horse battery' };
/** When set, the flows also write screenshots of the privacy pages into this folder. */
const SHOTS = process.env.POULS_SCREENSHOTS_DIR;

let web: WebHarness;
let page: Page;
let member: { id: number; name: string };
const pageErrors: string[] = [];

async function expectAccessible(): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

async function shoot(name: string): Promise<void> {
  if (!SHOTS) return;
  await page.evaluate('document.activeElement?.blur()');
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  web = await startWeb();
  const added = await addUser(web.store, {
    email: ADMIN.email,
    role: 'admin',
    community: 'demo',
    password: ADMIN.password,
    now: new Date(`${web.asOf}T12:00:00Z`),
  });
  if (!added.ok) throw new Error(added.reason);
  // A member who wrote messages, so that the erasure has texts to empty.
  member = await web.store.db
    .selectFrom('members')
    .innerJoin('messages', 'messages.author_id', 'members.id')
    .select(['members.id', 'members.name'])
    .where('members.merged_into', 'is', null)
    .orderBy('members.id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const context = await web.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'fr-CA',
    acceptDownloads: true,
    // axe-core is injected as an inline script, which the shell's CSP rightly refuses.
    bypassCSP: true,
  });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${web.url}/login`);
  await page.getByLabel('Courriel').fill(ADMIN.email);
  await page.getByLabel('Mot de passe').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: 'Vos communautés' }).waitFor();
});

afterAll(async () => {
  await web?.close();
});

describe('personal information pages for an admin, in Chromium', () => {
  it('opens a member’s record, downloads its export, and erases the member after confirming', async () => {
    await page.goto(`${web.url}/c/demo`);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Renseignements personnels' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Renseignements personnels' }).waitFor();
    await page.getByLabel('Chercher un membre').fill(member.name);
    await expectAccessible();
    await shoot('privacy-list');
    await page.getByRole('link', { name: member.name, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: `Dossier de ${member.name}` }).waitFor();
    await expectAccessible();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Télécharger le dossier (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`pouls-demo-member-${member.id}.json`);
    const exported = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
    expect(exported).toMatchObject({
      schemaVersion: 1,
      member: { id: member.id, name: member.name },
    });
    expect(exported.messages.length).toBeGreaterThan(0);

    await page
      .getByRole('button', { name: 'Accorder : Paraître dans le répertoire de la communauté' })
      .click();
    await page.getByRole('status').filter({ hasText: 'Consentement enregistré' }).waitFor();

    await page.getByRole('button', { name: 'Effacer ce membre…' }).click();
    const confirm = page.getByRole('heading', { name: /Confirmer l’effacement/ });
    await confirm.waitFor();
    const plural = exported.messages.length > 1 ? 'messages' : 'message';
    await page.getByText(`le texte de ${exported.messages.length} ${plural}`).waitFor();
    await expectAccessible();
    await shoot('privacy-erase-confirm');
    const erase = page.getByRole('button', { name: 'Effacer définitivement' });
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel(`Je confirme l’effacement définitif de ${member.name}`).check();
    await erase.click();
    await page.getByText(`Le membre no ${member.id} a été effacé`).waitFor();
    await page.getByRole('heading', { level: 2, name: `Dossier de #${member.id}` }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain(member.name);
    expect(await page.getByRole('heading', { name: 'Consentements' }).count()).toBe(0);
    await shoot('privacy-record-erased');
    const row = await web.store.db
      .selectFrom('members')
      .select('name')
      .where('id', '=', member.id)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe(`#${member.id}`);
  }, 90_000);

  it('shows the retention period and its dry run, and the audit log filtered by action', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Durée de conservation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Durée de conservation' }).waitFor();
    await page.getByText('Aucune : Pouls garde tout').waitFor();
    await expectAccessible();
    await page.getByLabel('Nouvelle durée (mois)').fill('6');
    await page.getByRole('button', { name: 'Enregistrer la durée' }).click();
    await page.getByText('6 mois après la dernière trace').waitFor();
    await page.getByRole('button', { name: 'Simuler (aucun changement)' }).click();
    await page.getByText(/^Simulation : \d+ membres? serai/).waitFor();
    await expectAccessible();
    await shoot('privacy-retention');

    await page.getByRole('navigation').getByRole('link', { name: 'Journal d’audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journal d’audit' }).waitFor();
    await page.getByLabel('Action').selectOption('erase');
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    expect(await rows.first().textContent()).toContain(`membre no ${member.id}`);
    expect(await rows.first().textContent()).toContain(ADMIN.email);
    await expectAccessible();
    await shoot('privacy-audit');
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
