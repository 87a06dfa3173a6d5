import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, demoPassword, launchBrowser, openPage, screenshot, signIn } from './support/browser';

// Journey, issue #5 §6: the demo nurse of CHP Chefchaouen (Arabic interface) asks, from "my shifts", to hand his last
// garde of next month to a colleague; the request page shows the swap; the hospital's director approves it from
// "to decide"; the nurse no longer holds the garde.
let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
});

interface Shift {
  shiftId: string;
  lineName: string;
  day: string;
}

const nextMonth = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
};

async function shiftsOf(page: Page, month: string): Promise<Shift[]> {
  const response = await page.request.get(`${baseUrl}/api/rosters/mine?month=${month}`);
  assert.equal(response.status(), 200);
  return (await response.json()) as Shift[];
}

void test('roster swap: a nurse asks to hand a garde to a colleague → the director approves → the nurse no longer holds it', async () => {
  const outsideRequests: string[] = [];
  const month = nextMonth();
  const nurse = await openPage(browser, outsideRequests);
  await nurse.goto(`${baseUrl}/login`);
  await nurse.getByLabel('Identifiant').fill('infirmier.chefchaouen');
  await nurse.getByLabel('Mot de passe').fill(demoPassword);
  await nurse.getByRole('button', { name: 'Se connecter' }).click();
  await nurse.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  const before = await shiftsOf(nurse, month);
  const garde = before.at(-1);
  assert.ok(garde, `no garde next month in ${JSON.stringify(before)}`);

  await nurse.goto(`${baseUrl}/rosters`);
  await nurse.getByRole('combobox', { name: 'الشهر' }).click();
  // The month list runs from two months back to three ahead: the fourth is next month.
  await nurse.getByRole('option').nth(3).click();
  await nurse.getByRole('tab', { name: 'حراساتي' }).click();
  const asks = nurse.getByRole('button', { name: /^طلب تبادل: / });
  await asks.last().click();
  const dialog = nurse.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'الزميل(ة)' }).click();
  await nurse.getByRole('option').first().click();
  await dialog.getByLabel('السبب').fill('Mariage de ma sœur');
  await screenshot(nurse, 'roster-swap-modal-ar');
  await dialog.getByRole('button', { name: 'إرسال الطلب' }).click();
  await nurse.waitForURL(/\/approvals\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const requestPath = new URL(nurse.url()).pathname;
  const card = nurse.getByRole('region', { name: 'تبادل حراسة' });
  await card.getByText('الجدول الحالي يسمح بهذا التبادل').waitFor({ timeout: 30_000 });
  assert.match(await card.innerText(), new RegExp(garde.lineName));

  const director = await openPage(browser, outsideRequests);
  await signIn(director, 'admin.chp.chefchaouen');
  await director.goto(`${baseUrl}/approvals`);
  await director.getByRole('tab', { name: 'À décider' }).click();
  await director.locator(`a[href="${requestPath}"]`).first().click();
  await director
    .getByRole('region', { name: 'Échange de garde' })
    .getByText('Le tableau actuel permet cet échange')
    .waitFor({
      timeout: 30_000,
    });
  await screenshot(director, 'roster-swap-request-fr');
  await director
    .getByRole('region', { name: 'Décision' })
    .getByRole('button', { name: 'Approuver', exact: true })
    .click();
  await director.getByText('Approuvée', { exact: true }).first().waitFor({ timeout: 30_000 });

  const afterSwap = await shiftsOf(nurse, month);
  assert.equal(
    afterSwap.find((shift) => shift.shiftId === garde.shiftId),
    undefined,
  );
  assert.deepEqual(outsideRequests, []);
});
