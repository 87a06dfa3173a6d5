import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot, signIn } from './support/browser';

// Journey (d), issue #3: the admissions desk of the CHR registers a patient who is already known in the region under
// a variant spelling (the demo's Fatima Zahra El Amrani, registered at the CHP of Chefchaouen and at the CHU): it picks
// the candidate instead of creating a duplicate, and the patient page shows one timeline across establishments.
let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
});

void test('admissions: variant name → picks the existing patient → timeline from two establishments', async () => {
  const outsideRequests: string[] = [];
  const page = await openPage(browser, outsideRequests);
  await signIn(page, 'secretaire.chr');

  await page.getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('heading', { level: 1, name: 'Accueil des patients' }).waitFor();
  await page.getByLabel('Nom de famille', { exact: true }).fill('Amrani');
  await page.getByLabel('Prénom', { exact: true }).fill('Fatima-Zahra');
  await page.getByLabel('Date de naissance', { exact: true }).fill('14/05/1987');

  // Live candidates: the known patient comes first, as a probable match, with the reasons.
  const card = page
    .getByRole('article')
    .filter({ hasText: /AMRANI/i })
    .first();
  await card.waitFor({ timeout: 30_000 });
  assert.match(await card.innerText(), /Probable/i);
  assert.match(await card.innerText(), /Naissance/);
  await screenshot(page, 'patients-registration-candidates-fr');

  await card.getByRole('button', { name: 'Enregistrer ici' }).click();
  await page.getByLabel('N° local (IPP)').fill('CHR-E2E-0001');
  await page.getByRole('button', { name: "Confirmer l'enregistrement" }).click();

  // The patient page: registered here now, and the timeline shows the encounters of the CHP and of the CHU.
  await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/);
  const encounters = page.getByTestId('encounter');
  await encounters.first().waitFor({ timeout: 30_000 });
  const places = new Set<string>();
  for (const text of await encounters.allInnerTexts()) {
    places.add(text.split('\n')[0] ?? '');
  }
  assert.ok(places.size >= 2, `encounters from at least two establishments, got ${[...places].join(' | ')}`);
  assert.ok(
    [...places].some((place) => /Chefchaouen/.test(place)),
    'an encounter at the CHP of Chefchaouen',
  );
  assert.match(await page.locator('body').innerText(), /CHR-E2E-0001/);
  await screenshot(page, 'patients-record-fr');

  await page.getByRole('button', { name: 'AR', exact: true }).click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await screenshot(page, 'patients-record-ar');

  assert.deepEqual(outsideRequests, []);
});
