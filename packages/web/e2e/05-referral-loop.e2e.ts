import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, openPage, screenshot, signIn } from './support/browser';

// Journey (e), issue #4: a nurse at a rural health centre (CSR Bab Taza) refers a patient to cardiology; the
// provincial hospital of Chefchaouen accepts (physician), books and records the visit (desk), writes the
// counter-referral (physician); the nurse sees the loop closed and the consultation on the patient's timeline.
let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
});

async function as(username: string, outsideRequests: string[]): Promise<Page> {
  const page = await openPage(browser, outsideRequests);
  await signIn(page, username);
  return page;
}

/** Takes a step from the referral page's action bar, confirming its dialog when it has one. */
async function takeStep(
  page: Page,
  action: string,
  confirm?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('region', { name: 'Actions' }).getByRole('button', { name: action, exact: true }).click();
  if (confirm) {
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await confirm(dialog);
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
  }
}

const statusIs = async (page: Page, status: string) => {
  await page.getByText(status, { exact: true }).first().waitFor({ timeout: 30_000 });
};

void test('referral loop: CSR nurse refers to cardiology → CHP accepts, books, sees, counter-refers → closed', async () => {
  const outsideRequests: string[] = [];
  const nurse = await as('infirmier.babtaza', outsideRequests);

  // The nurse registers the patient at the centre (search before create), then opens the referral form.
  await nurse.getByRole('link', { name: 'Patients' }).click();
  await nurse.getByLabel('Nom de famille', { exact: true }).fill('Oubaha');
  // A name never seen before (letters only), so that the desk creates a new patient.
  const suffix = [...String(Date.now() % 1_000_000)].map((digit) => 'abcdefghij'[Number(digit)]).join('');
  await nurse.getByLabel('Prénom', { exact: true }).fill(`Rkia-${suffix}`);
  await nurse.getByLabel('Date de naissance', { exact: true }).fill('03/02/1961');
  await nurse.getByRole('button', { name: 'Créer un nouveau patient' }).click();
  await nurse.getByLabel('Sexe').selectOption('female');
  await nurse.getByRole('button', { name: 'Créer le patient' }).click();
  await nurse.waitForURL(/\/patients\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const patientUrl = nurse.url();

  await nurse
    .getByRole('button', { name: 'Orienter' })
    .or(nurse.getByRole('link', { name: 'Orienter' }))
    .first()
    .click();
  await nurse.getByRole('heading', { level: 1, name: 'Nouvelle référence' }).waitFor();
  await nurse.getByRole('combobox', { name: 'Spécialité' }).click();
  await nurse.getByRole('option', { name: 'Cardiologie' }).click();
  // The ranked destinations: the CHP of Chefchaouen is first in the cardiology pathway of the centre.
  const chp = nurse.getByTestId('destination-card').filter({ hasText: 'Chefchaouen' }).first();
  await chp.waitFor({ timeout: 30_000 });
  assert.match(await chp.innerText(), /rang 1 de la filière/i);
  await chp.click();
  await nurse.getByLabel('Motif de la référence').fill('Douleur thoracique d’effort, bilan coronarien');
  await nurse.getByLabel('Résumé clinique').fill('Patiente de 65 ans, hypertendue, douleur thoracique à l’effort.');
  await screenshot(nurse, 'referral-form-fr');
  await nurse.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await nurse.waitForURL(/\/referrals\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const referralUrl = nurse.url();
  await statusIs(nurse, 'Envoyée');

  // The provincial hospital's physician accepts.
  const physician = await as('medecin.chp.chefchaouen', outsideRequests);
  await physician.goto(referralUrl);
  await takeStep(physician, 'Accepter');
  await statusIs(physician, 'Acceptée');

  // The desk books the first free slot, then records the visit.
  const desk = await as('secretaire.chp.chefchaouen', outsideRequests);
  await desk.goto(referralUrl);
  await takeStep(desk, 'Donner un rendez-vous', async (dialog) => {
    await dialog.getByRole('radio').first().dispatchEvent('click');
    await dialog.getByRole('button', { name: 'Donner un rendez-vous' }).click();
  });
  await statusIs(desk, 'Rendez-vous donné');
  await screenshot(desk, 'referral-booked-fr');
  await takeStep(desk, 'Patient vu');
  await statusIs(desk, 'Patient vu');

  // The physician writes the counter-referral.
  await physician.reload();
  await takeStep(physician, 'Rédiger la contre-référence', async (dialog) => {
    await dialog.getByLabel('Constatations').fill('Épreuve d’effort négative ; échographie cardiaque normale.');
    await dialog.getByLabel('Traitement').fill('Poursuite de l’amlodipine 5 mg.');
    await dialog.getByLabel('Recommandations').fill('Marche quotidienne, réduction du sel.');
    await dialog.getByLabel('Suivi').fill('Revoir au centre de santé dans trois mois.');
    await dialog.getByRole('button', { name: 'Envoyer la contre-référence' }).click();
  });
  await statusIs(physician, 'Contre-référée');

  // The nurse reads the report and closes the loop; the consultation is on the patient's timeline.
  await nurse.goto(referralUrl);
  await statusIs(nurse, 'Contre-référée');
  assert.match(await nurse.locator('body').innerText(), /échographie cardiaque normale/);
  await takeStep(nurse, 'Clôturer', async (dialog) => {
    await dialog.getByRole('button', { name: 'Clôturer' }).click();
  });
  await statusIs(nurse, 'Clôturée');
  await screenshot(nurse, 'referral-closed-fr');
  await nurse.getByRole('button', { name: 'AR', exact: true }).click();
  await nurse.waitForFunction(() => document.documentElement.dir === 'rtl');
  await screenshot(nurse, 'referral-closed-ar');
  await nurse.getByRole('button', { name: 'FR', exact: true }).click();

  await nurse.goto(patientUrl);
  const visit = nurse.getByTestId('encounter').filter({ hasText: 'Chefchaouen' }).first();
  await visit.waitFor({ timeout: 30_000 });
  assert.match(await visit.innerText(), /TTA-R\d{2}-\d{6}/);
  assert.match(await nurse.getByRole('region', { name: 'Références' }).innerText(), /clôturée/i);
  await screenshot(nurse, 'referral-patient-timeline-fr');

  assert.deepEqual(
    outsideRequests.filter((url) => !url.startsWith(baseUrl)),
    [],
  );
});
