import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, demoPassword, launchBrowser, openPage, screenshot, signIn } from './support/browser';

// Journey, issue #5 §4-6: the director of the provincial hospital of Chefchaouen requests a temporary mission of one
// of its nurses to the provincial hospital of Ouezzane over days when he is on the nursing garde, and sees its impact
// (WISN before and after at both hospitals, the garde days); the GST HR officer approves; the assignment exists and
// the roster changed (his gardes of the mission are released); the nurse (Arabic interface) sees both.
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

/** Picks an option of a Mantine select by its label, typing to filter when the list is long. */
async function choose(page: Page, label: string, option: string | RegExp, filter?: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  if (filter) {
    await box.fill(filter);
  }
  await page.getByRole('option', { name: option }).first().click();
}

const day = (offset: number, from = Date.now()) => new Date(from + offset * 86_400_000).toISOString().slice(0, 10);

interface Shift {
  shiftId: string;
  lineName: string;
  day: string;
}

/** The signed-in person's published shifts of this month and the next (the demo publishes both). */
async function myShifts(page: Page): Promise<Shift[]> {
  const thisMonth = day(0).slice(0, 7);
  const months = [thisMonth, day(31, Date.parse(`${thisMonth}-01`)).slice(0, 7)];
  const lists = await Promise.all(
    months.map(async (month) => {
      const response = await page.request.get(`${baseUrl}/api/rosters/mine?month=${month}`);
      assert.equal(response.status(), 200);
      return (await response.json()) as Shift[];
    }),
  );
  return lists.flat();
}

void test('mobility: CHP director requests a nurse’s mission → sees the impact → GST HR approves → the nurse sees it', async () => {
  const outsideRequests: string[] = [];
  // The nurse (Arabic interface) holds gardes on his hospital's nursing line: the mission covers the next one.
  const nurse = await openPage(browser, outsideRequests);
  await nurse.goto(`${baseUrl}/login`);
  await nurse.getByLabel('Identifiant').fill('infirmier.chefchaouen');
  await nurse.getByLabel('Mot de passe').fill(demoPassword);
  await nurse.getByRole('button', { name: 'Se connecter' }).click();
  await nurse.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  const shifts = await myShifts(nurse);
  const garde = shifts.find((shift) => shift.day >= day(2) && shift.lineName.startsWith('Garde infirmière'));
  assert.ok(garde, `no nursing garde ahead in ${JSON.stringify(shifts)}`);
  const startsOn = garde.day;
  const endsOn = day(2, Date.parse(startsOn));

  const director = await as('admin.chp.chefchaouen', outsideRequests);
  await director.getByRole('link', { name: 'Demandes' }).click();
  await director.getByRole('heading', { level: 1, name: 'Demandes et validations' }).waitFor();
  await director.getByRole('link', { name: 'Nouvelle demande de mobilité' }).click();
  await choose(director, 'Établissement d’origine', /Chefchaouen/);
  await choose(director, 'Agent', /Hicham Tahiri/);
  await choose(director, 'Établissement d’accueil', /provincial .*Ouezzane/, 'Ouezzane');
  await director.getByLabel('Début').fill(startsOn);
  await director.getByLabel('Fin').fill(endsOn);
  await director.getByLabel('Motif').fill('Renfort du service de maternité pendant la campagne');
  await director.getByRole('button', { name: 'Soumettre la demande' }).click();
  await director.waitForURL(/\/approvals\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const requestUrl = director.url();

  // The impact: no conflict, FTE of nurses before and after at both hospitals, the WISN ratio of nurses before and
  // after at both, the garde days the mission takes; the chain waits on the GST HR.
  const impact = director.getByRole('region', { name: 'Impact' });
  await impact.getByText('Aucun conflit avec les congés ou les autres affectations').waitFor({ timeout: 30_000 });
  assert.match(await impact.innerText(), /Infirmier polyvalent/);
  const wisn = impact.getByRole('table', { name: 'WISN avant et après' });
  assert.match(await wisn.getByRole('row', { name: /Chefchaouen/ }).innerText(), /\d/);
  assert.match(await wisn.getByRole('row', { name: /Ouezzane/ }).innerText(), /\d|Pas de norme/);
  assert.match(await impact.innerText(), /Garde infirmière des urgences .* · \d+ jours? de service/);
  assert.match(
    await director.getByRole('region', { name: 'Circuit de validation' }).innerText(),
    /en attente de décision/i,
  );
  await screenshot(director, 'mobility-request-fr');

  // The GST HR officer finds it in "À décider" and approves.
  const hr = await as('rh.tta', outsideRequests);
  await hr.getByRole('link', { name: 'Demandes' }).click();
  await hr.getByRole('tab', { name: 'À décider' }).click();
  await hr
    .locator(`a[href="${new URL(requestUrl).pathname}"]`)
    .first()
    .click();
  await hr.getByRole('region', { name: 'Décision' }).getByRole('button', { name: 'Approuver', exact: true }).click();
  await hr.getByText('Approuvée', { exact: true }).first().waitFor({ timeout: 30_000 });

  // The approval created the assignment: an additional one at Ouezzane, 50 %, over the mission's dates.
  const created = hr.getByRole('region', { name: 'Impact' });
  await created.getByText('Affectations créées par l’approbation').waitFor({ timeout: 30_000 });
  assert.match(await created.innerText(), /Ouezzane · complémentaire · 50 %/);
  // The roster changed: the nurse's gardes of the mission are released, to be filled by the roster's manager.
  await created.getByText('Gardes libérées par l’approbation (à repourvoir)').waitFor();
  await screenshot(hr, 'mobility-approved-fr');

  // The nurse no longer holds the garde, and sees the decided request with the released gardes among his requests.
  const after = await myShifts(nurse);
  assert.equal(
    after.find((shift) => shift.shiftId === garde.shiftId),
    undefined,
  );
  await nurse.goto(`${baseUrl}/approvals`);
  await nurse
    .locator(`a[href="${new URL(requestUrl).pathname}"]`)
    .first()
    .click();
  await nurse.getByText('التعيينات المنشأة بالمصادقة').waitFor({ timeout: 30_000 });
  await nurse.getByText('الحراسات المحررة بالمصادقة (يجب تعويضها)').waitFor();
  assert.equal(await nurse.locator('html').getAttribute('dir'), 'rtl');
  await screenshot(nurse, 'mobility-nurse-ar');

  assert.deepEqual(outsideRequests, []);
});
