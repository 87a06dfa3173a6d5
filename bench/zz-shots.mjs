import { chromium } from 'playwright-core';
const base = 'http://localhost:4300';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function session(username, locale) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('Identifiant').fill(username);
  await page.getByLabel('Mot de passe').fill('tansiq-demo-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForTimeout(2500);
  if (locale === 'ar') {
    await page.evaluate(async () => {
      const me = await (await fetch('/api/me')).json();
      return me;
    });
  }
  return { context, page };
}
const shots = process.argv.slice(2);
for (const shot of shots) {
  const [user, path, name, lang] = shot.split('|');
  const { context, page } = await session(user, lang);
  await page.goto(`${base}${path}`);
  await page.waitForTimeout(4000);
  const want = lang === 'ar' ? 'AR' : 'FR';
  const toggle = page.getByRole('button', { name: want, exact: true });
  if (await toggle.count()) {
    await toggle.first().click();
    await page.waitForTimeout(2500);
  }
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
  console.log('shot', name);
  await context.close();
}
await browser.close();
