import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The running Tansiq under test (seeded with the demo); `npm run test:e2e` sets it. */
export const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:8080';

export const demoPassword = 'tansiq-demo-2026';

/** Where screenshots go (gitignored). */
export const screenshotDir = join(new URL('../../../../', import.meta.url).pathname, 'screenshots');

/** Headless Debian Chromium with software WebGL, so maps render without a GPU and without network access. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** A fresh page at 1280×800 that fails the test on requests leaving the app's origin. */
export async function openPage(browser: Browser, outsideRequests: string[] = []): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && !url.startsWith(origin)) {
      outsideRequests.push(url);
    }
  });
  return page;
}

/** Signs in through the login form and waits for the overview. */
export async function signIn(page: Page, username: string, password = demoPassword): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Identifiant').fill(username);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vue régionale' }).waitFor();
}

/** Saves a full-page screenshot as screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
