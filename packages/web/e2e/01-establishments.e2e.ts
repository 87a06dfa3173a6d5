import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot, signIn } from './support/browser';

// Journey (a): a GST administrator looks at the region, the map, finds an establishment and corrects it.
let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
});

void test('GST admin: overview → map → filtered list → edit phone and beds → change in the history', async () => {
  const outsideRequests: string[] = [];
  const page = await openPage(browser, outsideRequests);
  await signIn(page, 'admin.tta');

  // Overview: one row per province of Tanger-Tétouan-Al Hoceima.
  const provinceRows = page.getByTestId('province-table').locator('tbody tr');
  await provinceRows.first().waitFor();
  assert.equal(await provinceRows.count(), 8);
  await page.locator('canvas').first().waitFor();

  // Map: points are drawn (counted from the rendered map, not from the data).
  await page.getByRole('link', { name: 'Carte' }).click();
  const map = page.getByTestId('establishment-map');
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[data-testid="establishment-map"]')?.getAttribute('data-rendered-points') ?? 0) >
      0,
    undefined,
    { timeout: 30_000 },
  );
  assert.ok(Number(await map.getAttribute('data-rendered-points')) > 50, 'the map shows the establishments');
  assert.match(await page.getByTestId('points-count').innerText(), /\d+ établissements affichés/);

  // List filtered by province and type; the filters live in the URL.
  await page.getByRole('link', { name: 'Établissements' }).click();
  await page.getByLabel('Province / préfecture').selectOption({ label: 'Chefchaouen' });
  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: /^CSR-2 —/ }).click();
  await page.keyboard.press('Escape');
  await page.waitForURL(/provinceCode=01\.151/);
  await page.waitForURL(/CSR-2/);
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('tbody tr')];
    return (
      rows.length > 0 &&
      rows.every((row) => row.textContent?.includes('CSR-2') && row.textContent.includes('Chefchaouen'))
    );
  });
  assert.match(await page.getByTestId('establishment-count').innerText(), /établissement/);

  // Open the first establishment and edit its phone and the beds of its first service.
  await page.locator('tbody tr').first().getByRole('link').first().click();
  await page.getByRole('link', { name: 'Modifier' }).click();
  const phone = `+212 539 ${String(Date.now()).slice(-6, -4)} ${String(Date.now()).slice(-4, -2)} ${String(Date.now()).slice(-2)}`;
  await page.getByLabel('Téléphone').fill(phone);
  if ((await page.getByLabel('Lits 1').count()) === 0) {
    await page.getByRole('button', { name: 'Ajouter un service' }).click();
  }
  const beds = page.getByLabel('Lits 1');
  const newBeds = Number((await beds.inputValue()) || '0') + 3;
  await beds.fill(String(newBeds));
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  // Back on the establishment page: the new values and the change in the history (who, field before → after).
  await page.getByRole('heading', { name: 'Historique des modifications' }).waitFor();
  await page.getByRole('link', { name: phone }).waitFor();
  const history = page.getByTestId('history');
  await history.getByText('Modification').first().waitFor();
  const latest = history.locator('.mantine-Timeline-item').first();
  const latestText = await latest.innerText();
  assert.match(latestText, /Samira Ouazzani/);
  assert.ok(latestText.includes(`Téléphone`) && latestText.includes(phone), 'the phone change is in the history');
  assert.match(latestText, /Services et lits/);
  await screenshot(page, 'fr-establishment-after-edit');

  assert.deepEqual(outsideRequests, [], 'no request leaves the app (no tiles, fonts or glyphs)');
  await page.context().close();
});
