import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, openPage, screenshot, signIn } from './support/browser';

// Journey (b): the interface in Arabic, right to left; screenshots in both languages for layout review.
let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
});

async function waitForMapIdle(page: Page) {
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[data-testid="establishment-map"]')?.getAttribute('data-rendered-points') ?? 0) >
      0,
    undefined,
    { timeout: 30_000 },
  );
}

async function screenshotPages(page: Page, language: 'fr' | 'ar') {
  await page.goto(`${baseUrl}/`);
  await page.getByTestId('province-table').waitFor();
  await page.waitForTimeout(1500);
  await screenshot(page, `${language}-overview`);
  await page.goto(`${baseUrl}/map`);
  await waitForMapIdle(page);
  await screenshot(page, `${language}-map`);
  await page.goto(`${baseUrl}/establishments?provinceCode=01.151&page=1`);
  await page.locator('tbody tr').first().waitFor();
  await screenshot(page, `${language}-establishments`);
  await page.locator('tbody tr').first().getByRole('link').first().click();
  await page.getByTestId('history').waitFor();
  await page.waitForTimeout(1500);
  await screenshot(page, `${language}-establishment`);
}

void test('switching to Arabic turns the page right to left, translates it and is remembered', async () => {
  const page = await openPage(browser);
  await signIn(page, 'directeur.tta');
  try {
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
    await screenshotPages(page, 'fr');

    await page.getByRole('button', { name: 'AR', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'سجل التعديلات' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
    await page.getByRole('link', { name: 'النظرة الجهوية' }).click();
    await page.getByRole('heading', { level: 1, name: 'النظرة الجهوية' }).waitFor();
    await screenshotPages(page, 'ar');

    // The choice is stored on the server (PATCH /api/me): a new session in a fresh browser opens in Arabic.
    const other = await openPage(browser);
    await other.goto(`${baseUrl}/login`);
    await other.getByLabel('Identifiant').fill('directeur.tta');
    await other.getByLabel('Mot de passe').fill('tansiq-demo-2026');
    await other.getByRole('button', { name: 'Se connecter' }).click();
    await other.getByRole('heading', { level: 1, name: 'النظرة الجهوية' }).waitFor();
    assert.equal(await other.evaluate(() => document.documentElement.dir), 'rtl');
    await other.context().close();
  } finally {
    // Leave the demo user in French for the other journeys.
    const french = page.getByRole('button', { name: 'FR', exact: true });
    if (await french.isVisible()) {
      await french.click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForTimeout(500);
    }
    await page.context().close();
  }
});
