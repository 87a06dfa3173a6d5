import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot, signIn } from './support/browser';

// Journey (f), issue #4: a physician of the CHP of Chefchaouen asks the CHU's cardiologists for advice (tele-expertise);
// the CHU physician answers that the patient should be referred; the asker opens the referral form prefilled from the
// answer, chooses the destination and sends it.
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

void test('tele-expertise: question → answer "refer" → prefilled referral sent', async () => {
  const outsideRequests: string[] = [];
  const nurse = await as('medecin.chp.chefchaouen', outsideRequests);

  await nurse.getByRole('link', { name: 'Patients' }).click();
  await nurse.getByLabel('Nom de famille', { exact: true }).fill('Bakkali');
  const suffix = [...String(Date.now() % 1_000_000)].map((digit) => 'abcdefghij'[Number(digit)]).join('');
  await nurse.getByLabel('Prénom', { exact: true }).fill(`Driss-${suffix}`);
  await nurse.getByLabel('Date de naissance', { exact: true }).fill('11/09/1958');
  await nurse.getByRole('button', { name: 'Créer un nouveau patient' }).click();
  await nurse.getByLabel('Sexe').selectOption('male');
  await nurse.getByRole('button', { name: 'Créer le patient' }).click();
  await nurse.waitForURL(/\/patients\/[0-9a-f-]{36}$/, { timeout: 30_000 });

  // The nurse asks the CHU's cardiologists.
  await nurse
    .getByRole('link', { name: 'Demander un avis' })
    .or(nurse.getByRole('button', { name: 'Demander un avis' }))
    .first()
    .click();
  await nurse.getByRole('combobox', { name: 'Spécialité' }).click();
  await nurse.getByRole('option', { name: 'Cardiologie' }).click();
  await nurse.getByRole('combobox', { name: 'Spécialistes sollicités' }).click();
  await nurse
    .getByRole('option', { name: /universitaire/ })
    .first()
    .click();
  await nurse
    .getByLabel('Question clinique')
    .fill('Souffle systolique 3/6 découvert, ECG normal : faut-il une échographie ?');
  await nurse.getByRole('button', { name: 'Envoyer la demande' }).click();
  await nurse.waitForURL(/\/teleexpertise\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const requestUrl = nurse.url();

  // The CHU physician answers: refer the patient.
  const physician = await as('medecin.chu', outsideRequests);
  await physician.goto(requestUrl);
  await physician.getByRole('radio', { name: 'Référence à envoyer' }).check();
  await physician
    .getByRole('textbox', { name: 'Réponse' })
    .fill('Échographie cardiaque à programmer en consultation de cardiologie.');
  await physician.getByRole('button', { name: 'Envoyer la réponse' }).click();
  await physician.getByText('Référence à envoyer').first().waitFor({ timeout: 30_000 });

  // The nurse opens the referral form prefilled from the answer and sends it.
  await nurse.goto(requestUrl);
  await nurse.getByRole('link', { name: 'Ouvrir le formulaire de référence' }).click();
  await nurse.getByRole('heading', { level: 1, name: 'Nouvelle référence' }).waitFor();
  const reason = nurse.getByLabel('Motif de la référence');
  await reason.waitFor();
  assert.notEqual(await reason.inputValue(), '');
  const card = nurse.getByTestId('destination-card').first();
  await card.waitFor({ timeout: 30_000 });
  await card.click();
  const justification = nurse.getByLabel('Justification hors filière');
  if (await justification.isVisible()) {
    await justification.fill('Sur avis du cardiologue du CHU (télé-expertise)');
  }
  await screenshot(nurse, 'teleexpertise-referral-form-fr');
  await nurse.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await nurse.waitForURL(/\/referrals\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await nurse.getByText('Envoyée', { exact: true }).first().waitFor({ timeout: 30_000 });

  assert.deepEqual(outsideRequests, []);
});
