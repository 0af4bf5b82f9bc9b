import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { STEWARD, startWeb, type WebHarness } from './web-harness.js';

const ROSTER = resolve('test/browser/fixtures/nouveaux-membres.csv');
const XSS_NAME = '<img src=x onerror=alert(1)>';
/** When set, the flows also write the README's screenshots into this folder. */
const SHOTS = process.env.POULS_SCREENSHOTS_DIR;

let web: WebHarness;
let steward: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

async function expectAccessible(p: Page): Promise<void> {
  expect(await seriousViolations(p)).toEqual([]);
}

async function shoot(p: Page, name: string, height = 1100): Promise<void> {
  if (!SHOTS) return;
  const size = p.viewportSize();
  if (size) await p.setViewportSize({ width: size.width, height });
  await p.evaluate('document.activeElement?.blur()');
  await p.screenshot({ path: resolve(SHOTS, `${name}.png`) });
  if (size) await p.setViewportSize(size);
}

async function open(section: string, heading: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: section, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

beforeAll(async () => {
  web = await startWeb();
  steward = await web.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'fr-CA',
    // axe-core is injected as an inline script, which the shell's CSP rightly refuses.
    bypassCSP: true,
  });
  steward.setDefaultTimeout(15_000);
  page = await steward.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await web?.close();
});

describe('the web app in Chromium', () => {
  it('signs a steward in, in French by default', async () => {
    await page.goto(`${web.url}/c/demo`);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expectAccessible(page);
    await page.getByLabel('Courriel').fill(STEWARD.email);
    await page.getByLabel('Mot de passe').fill(STEWARD.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Vos communautés' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Communauté de pratique en promotion numérique' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
  });

  it('imports a roster: the dry run first, then the import once confirmed', async () => {
    await open('Importer des données', 'Importer des données');
    await page.getByLabel('Type de données').selectOption('members');
    await page.getByLabel(/^Fichier/).setInputFiles(ROSTER);
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await page.getByRole('heading', { name: /Le fichier est valide/ }).waitFor();
    expect(await page.locator('.stats').textContent()).toMatch(/Membres ajoutés\s*3/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Confirmer l’import' }).click();
    await page.getByRole('heading', { name: 'Import terminé.' }).waitFor();
  });

  it('reads the dashboard: the report key figures with their colours and thresholds', async () => {
    await open('Tableau de bord', 'Tableau de bord');
    const figures = page.locator('.figures > li');
    await figures.first().waitFor();
    expect(await figures.count()).toBe(6);
    const text = ((await page.locator('.figures').textContent()) ?? '').replace(
      /[\u00a0\u202f]/g,
      ' ',
    );
    expect(text).toContain('Membres actifs');
    expect(text).toContain('Seuils : Sain : 25 % et plus');
    expect(text).toMatch(/Sain|À surveiller|À agir/);
    // 39 active of 120 + the 3 members just imported.
    expect(text).toContain('39 membres sur 123');
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBe(1);
    await shoot(page, 'web-dashboard');
    await expectAccessible(page);
  });

  it('moves the budget slider and sees the plan re-optimised', async () => {
    await open('Plan de relance', 'Plan de relance');
    const customBudget = page
      .locator('table.scenarios tbody tr')
      .first()
      .locator('td[data-scenario="custom"]');
    await customBudget.waitFor();
    expect(await customBudget.textContent()).toBe('240');
    const before = await page.locator('.plan-summary').textContent();
    await page.getByLabel('Heures de personnel par mois').fill('60');
    await page
      .locator('table.scenarios td[data-scenario="custom"]', { hasText: /^720$/ })
      .waitFor();
    await page.locator('.plan-summary[aria-busy="false"]').waitFor();
    const after = await page.locator('.plan-summary').textContent();
    expect(after).not.toBe(before);
    const count = (s: string | null) => Number(/(\d+) actions?/.exec(s ?? '')?.[1]);
    expect(count(after)).toBeGreaterThan(count(before));
    await page.getByLabel('Heures de personnel par mois').fill('30');
    await page
      .locator('table.scenarios td[data-scenario="custom"]', { hasText: /^360$/ })
      .waitFor();
    // With an hourly rate, each scenario gets its cost.
    await page.getByLabel(/^Taux horaire/).fill('45');
    await page.locator('table.scenarios td[data-scenario="custom"]', { hasText: /\$$/ }).waitFor();
    await shoot(page, 'web-plan');
    await expectAccessible(page);
  });

  it('confirms and annotates a finding, and saves a priority of the organisation', async () => {
    await open('Constats', 'Constats');
    const finding = page.locator('li.finding', { hasText: 'Manque de temps des membres' });
    await finding.getByLabel('Note de l’équipe').fill('Vu en entrevue avec le noyau');
    await finding.getByRole('button', { name: 'Confirmer' }).click();
    await finding.getByText('« Vu en entrevue avec le noyau »').waitFor();
    expect(await finding.textContent()).toContain('confirmé par l’équipe');

    await open('Plan de relance', 'Plan de relance');
    await page.getByLabel('Priorité', { exact: true }).fill('Accueillir les nouveaux membres');
    await page.getByLabel('Poids').selectOption('2');
    await page.getByRole('checkbox', { name: /^F13 / }).first().check();
    await page.getByRole('button', { name: 'Ajouter la priorité' }).click();
    await page.getByText('Accueillir les nouveaux membres · Poids 2 · F13').waitFor();
  });

  it('shows a member name with markup as text, never as HTML', async () => {
    await open('Membres et identités', 'Membres et identités');
    await page.getByLabel('Chercher un membre').fill('onerror');
    const cell = page.getByRole('rowheader', { name: XSS_NAME });
    await cell.waitFor();
    expect(await cell.textContent()).toBe(XSS_NAME);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await expectAccessible(page);
  });

  it('says two suggested members are two people, and the pair stays gone after a reload', async () => {
    await open('Membres et identités', 'Membres et identités');
    const suggestions = page.locator('main .suggestion');
    await suggestions.first().waitFor();
    const before = await suggestions.count();
    const names = await suggestions.first().locator('strong').allTextContents();
    await suggestions.first().getByRole('button', { name: 'Pas la même personne' }).click();
    await page.getByText(`« ${names[0]} » et « ${names[1]} » sont deux personnes`).waitFor();
    await shoot(page, 'web-members');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Membres et identités' }).waitFor();
    if (before > 1) await suggestions.first().waitFor();
    else await page.getByText('Aucune fusion à examiner.').waitFor();
    expect(await suggestions.count()).toBe(before - 1);
  });

  it('passes an accessibility scan on every other page of the steward', async () => {
    for (const [section, wait] of [
      ['Activités', 'table'],
      ['Échanges', 'table'],
      ['Carte du réseau', '.legend li'],
      ['Constats', '.finding'],
      ['Sondage', '.stats'],
      ['Rapports', 'fieldset'],
    ] as const) {
      await open(section, section);
      await page.locator(`main ${wait}`).first().waitFor();
      await expectAccessible(page);
    }
  });

  it('generates the PDF report and downloads it', async () => {
    await open('Rapports', 'Rapports');
    await page.getByRole('radio', { name: 'PDF' }).check();
    await page.getByRole('button', { name: 'Produire' }).click();
    const link = page.getByRole('link', { name: 'Télécharger : PDF, Français' });
    await link.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = await download.path();
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    // The HTML report is previewed inside the page.
    await page.getByRole('radio', { name: 'Page web (HTML)' }).check();
    await page.getByRole('button', { name: 'Produire' }).click();
    await page
      .frameLocator('iframe.preview')
      .getByRole('heading', { name: 'Analyse et recommandations' })
      .waitFor();
    await expectAccessible(page);
  });

  it('keeps the English choice across pages and visits', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapports' }).waitFor();
  });

  it('lets a member answer the survey on a phone, partly by keyboard, with progress saved', async () => {
    await open('Sondage', 'Sondage');
    await page.getByRole('button', { name: 'Créer un lien public' }).click();
    const url = await page.getByLabel('Adresse du lien').first().inputValue();
    expect(url).toMatch(/\/s\/[\w-]+$/);

    const phone = await web.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'fr-CA',
      bypassCSP: true,
    });
    phone.setDefaultTimeout(15_000);
    const member = await phone.newPage();
    member.on('pageerror', (e) => pageErrors.push(e.message));
    await member.goto(url);
    await member.getByText('Vos réponses sont confidentielles.').waitFor();
    expect(await member.getAttribute('html', 'lang')).toBe('fr');
    await expectAccessible(member);

    // Keyboard only: start, answer every question of the first page, save and go on.
    await member.getByRole('button', { name: 'Commencer' }).focus();
    await member.keyboard.press('Enter');
    await member.getByRole('heading', { name: /^Page 1 sur \d+$/ }).waitFor();
    const groups = await member.locator('fieldset.likert').count();
    expect(groups).toBeGreaterThan(0);
    for (let i = 0; i < groups; i += 1) {
      await member.keyboard.press('Tab');
      await member.keyboard.press('ArrowRight');
      await member.keyboard.press('ArrowRight');
      await member.keyboard.press('ArrowRight');
    }
    expect(await member.locator('fieldset.likert input[value="4"]:checked').count()).toBe(groups);
    await member.keyboard.press('Tab');
    expect(await member.evaluate('document.activeElement?.textContent')).toBe(
      'Enregistrer et continuer',
    );
    await member.keyboard.press('Enter');
    await member.getByRole('heading', { name: /^Page 2 sur \d+$/ }).waitFor();
    await member.getByText('Progression enregistrée.').waitFor();
    await shoot(member, 'web-survey-phone', 844);
    await expectAccessible(member);

    // The progress is on the server: a fresh visit resumes with the answers kept.
    await member.reload();
    await member.getByRole('button', { name: 'Reprendre' }).click();
    await member.getByRole('heading', { name: /^Page 1 sur \d+$/ }).waitFor();
    expect(await member.locator('fieldset.likert input[value="4"]:checked').count()).toBe(groups);

    // English, one click away, then on to the end by touch.
    await member.getByRole('button', { name: 'English' }).click();
    expect(await member.getAttribute('html', 'lang')).toBe('en');
    for (;;) {
      const send = member.getByRole('button', { name: 'Send my answers' });
      if (await send.isVisible()) break;
      const heading = (await member.locator('h2').textContent()) ?? '';
      await member.getByRole('button', { name: 'Save and continue' }).click();
      await member.locator('h2', { hasNotText: heading }).waitFor();
    }
    await member.getByRole('button', { name: 'Send my answers' }).click();
    await member
      .getByRole('heading', { name: 'Thank you! Your answers have been sent.' })
      .waitFor();
    await expectAccessible(member);
    await phone.close();
    expect(pageErrors).toEqual([]);
  });
});
