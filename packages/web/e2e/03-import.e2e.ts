import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, openPage, screenshot, signIn } from './support/browser';

// Journey (c): a CSV import is all or nothing; the error report says where, then a corrected file imports.
let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
});

const header =
  'code,name_fr,name_ar,type,level,province_code,commune_code,lon,lat,address,phone,status,opening_hours,services,equipment';
const runId = String(Date.now()).slice(-8);
const codes = [`E2E-${runId}-1`, `E2E-${runId}-2`];

function csv(secondLatitude: string): string {
  return [
    header,
    `${codes[0]},Centre de santé rural Essai Un,المركز الصحي القروي تجربة,CSR-2,primary,01.151,01.151.01.01,-5.2635,35.1688,Douar Essai,+212 539 00 00 01,active,Mo-Fr 08:30-16:30,general_medicine:0|maternal_health:6,delivery_room:1`,
    `${codes[1]},Dispensaire rural Essai Deux,,DR,,01.151,01.151.01.01,-5.2700,${secondLatitude},,,active,,general_medicine:0,`,
  ].join('\n');
}

async function upload(page: Page, name: string, content: string) {
  await page
    .getByLabel('Fichier CSV')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  await page.getByRole('button', { name: 'Importer' }).click();
}

async function countByCode(page: Page, code: string): Promise<number> {
  await page.goto(`${baseUrl}/establishments?q=${code}&page=1`);
  await page
    .getByTestId('establishment-count')
    .or(page.getByText('Aucun établissement', { exact: true }))
    .first()
    .waitFor();
  const rows = page.locator('tbody tr');
  return (await page.getByText('Aucun établissement', { exact: true }).count()) > 0 ? 0 : rows.count();
}

void test('an import with one bad row reports it and writes nothing; the corrected file imports', async () => {
  const page = await openPage(browser);
  await signIn(page, 'admin.tta');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await page.getByRole('link', { name: 'Télécharger le modèle CSV' }).waitFor();

  // Line 3 has a latitude outside Morocco.
  await upload(page, 'essai-erreur.csv', csv('48.8566'));
  const report = page.getByTestId('import-errors');
  await report.waitFor({ timeout: 30_000 });
  await page.getByText("Rien n'a été importé", { exact: false }).waitFor();
  const firstError = await report.locator('tbody tr').first().innerText();
  assert.match(firstError, /^3\s/);
  assert.match(firstError, /lat/);
  assert.equal(await page.getByTestId('import-status').innerText(), 'Échec');
  await screenshot(page, 'fr-import-error-report');
  assert.equal(await countByCode(page, codes[0] ?? ''), 0, 'the valid row was not imported either');

  // The corrected file goes through.
  await page.goto(`${baseUrl}/import`);
  await upload(page, 'essai-correct.csv', csv('35.1650'));
  await page.getByTestId('import-result').waitFor({ timeout: 30_000 });
  assert.match(await page.getByTestId('import-result').innerText(), /2 établissement\(s\) créé\(s\), 0 mis à jour/);
  assert.equal(await page.getByTestId('import-status').innerText(), 'Terminé');
  await screenshot(page, 'fr-import-succeeded');
  assert.equal(await countByCode(page, codes[0] ?? ''), 1);
  await page.context().close();
});
