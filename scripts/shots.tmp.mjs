import { chromium } from 'playwright-core';
const base = 'http://localhost:8096';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
async function session(username, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel(/Identifiant|اسم المستخدم|Username/).fill(username);
  await page.getByLabel(/Mot de passe|كلمة المرور|Password/).fill('tansiq-demo-2026');
  await page.getByRole('button', { name: /Se connecter|دخول|Sign in|Log in/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}
async function setLang(page, label) {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.waitForTimeout(800);
}
const national = await session('admin.national');
await national.goto(`${base}/gsts`); await national.waitForTimeout(1500);
await national.screenshot({ path: 'screenshots/x-fr-gsts.png', fullPage: true });
await national.getByRole('button', { name: 'Modifier' }).nth(11).click(); await national.waitForTimeout(600);
await national.screenshot({ path: 'screenshots/x-fr-gst-edit.png' });
await national.keyboard.press('Escape');
await setLang(national, 'AR');
await national.goto(`${base}/gsts`); await national.waitForTimeout(1500);
await national.screenshot({ path: 'screenshots/x-ar-gsts.png', fullPage: true });
await setLang(national, 'FR');
const admin = await session('admin.tta');
await admin.goto(`${base}/users`); await admin.waitForTimeout(1500);
await admin.screenshot({ path: 'screenshots/x-fr-users.png', fullPage: true });
await admin.goto(`${base}/audit`); await admin.waitForTimeout(1500);
await admin.screenshot({ path: 'screenshots/x-fr-audit.png', fullPage: true });
await admin.goto(`${base}/establishments/new`); await admin.waitForTimeout(1500);
await admin.getByRole('button', { name: /Enregistrer|Créer/ }).first().click(); await admin.waitForTimeout(800);
await admin.screenshot({ path: 'screenshots/x-fr-new-errors.png', fullPage: true });
const tablet = await session('infirmier.chefchaouen', { width: 800, height: 1100 });
await tablet.goto(`${base}/establishments?page=1`); await tablet.waitForTimeout(2000);
await tablet.screenshot({ path: 'screenshots/x-ar-tablet-list.png' });
await browser.close();
console.log('done');
