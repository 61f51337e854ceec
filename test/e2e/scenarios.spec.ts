import { expect, test, type Page } from '@playwright/test';
import { baseline, history, openAtBaseline } from './app';
import { count, expectedKpis } from './independent-kpis';

async function setNumber(page: Page, name: string, value: number) {
  const box = page.getByRole('spinbutton', { name: `${name} (exact value)` });
  await box.fill(String(value));
  await box.press('Enter');
}

async function saveScenario(page: Page, name: string, note: string) {
  await page.getByLabel('Scenario name').fill(name);
  await page.getByLabel('Scenario note').fill(note);
  await page.getByRole('button', { name: 'Save current as scenario' }).click();
  await expect(page.locator(`tr[data-scenario="${name}"]`)).toBeVisible();
}

test('saves two scenarios, compares them with their rule differences, deletes one with undo, and steps through them in workshop mode', async ({ page }) => {
  await openAtBaseline(page);
  const stamp = Date.now().toString(36);
  const strict = `Strict ${stamp}`;
  const loose = `Loose ${stamp}`;
  await page.getByRole('tab', { name: 'Scenarios' }).click();

  await setNumber(page, 'MQL threshold', 70);
  await saveScenario(page, strict, 'Sales asked for fewer, better MQLs');
  await setNumber(page, 'MQL threshold', 55);
  await setNumber(page, 'Pricing-page visit: points', 30);
  await saveScenario(page, loose, 'More volume for the new SDR team');

  await page.getByRole('checkbox', { name: `Compare ${strict}` }).check();
  await page.getByRole('checkbox', { name: `Compare ${loose}` }).check();
  const strictKpis = expectedKpis(history, { ...baseline, threshold: 70 });
  const looseKpis = expectedKpis(history, {
    ...baseline,
    threshold: 55,
    engagement: baseline.engagement.map((r) => (r.activity === 'pricing_page' ? { ...r, points: 30 } : r)),
  });
  const compare = page.getByTestId('compare');
  const mqlRow = compare.locator('tr', { hasText: /^MQLs/ }).locator('td');
  await expect(mqlRow.nth(0)).toHaveText(count(strictKpis.mqls));
  await expect(mqlRow.nth(1)).toContainText(count(looseKpis.mqls));
  await expect(compare).toContainText(`${loose} against ${strict}: 2 rule differences`);
  await expect(compare).toContainText('MQL rule: fit + engagement points ≥ 70 → fit + engagement points ≥ 55');
  await expect(compare).toContainText('Pricing-page visit: points: 15 → 30');

  // The working model joins unsaved, and follows the sliders.
  await page.getByRole('checkbox', { name: `Compare ${loose}` }).uncheck();
  await page.getByRole('checkbox', { name: 'Include the working model as it is now, saved or not' }).check();
  await setNumber(page, 'MQL threshold', 65);
  const workingKpis = expectedKpis(history, {
    ...baseline,
    threshold: 65,
    engagement: baseline.engagement.map((r) => (r.activity === 'pricing_page' ? { ...r, points: 30 } : r)),
  });
  await expect(compare.locator('thead')).toContainText('Working model (unsaved)');
  await expect(mqlRow.nth(1)).toContainText(count(workingKpis.mqls));
  await expect(compare).toContainText('Working model (unsaved) against');
  await page.getByRole('checkbox', { name: 'Include the working model as it is now, saved or not' }).uncheck();
  await page.getByRole('checkbox', { name: `Compare ${loose}` }).check();

  await page.getByRole('button', { name: `Delete ${loose}` }).click();
  await expect(page.locator(`tr[data-scenario="${loose}"]`)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(page.locator(`tr[data-scenario="${loose}"]`)).toBeVisible();

  await page.locator(`tr[data-scenario="${strict}"]`).getByRole('button', { name: 'Load' }).click();
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(strictKpis.mqls));
  await page.getByRole('button', { name: 'Workshop' }).click();
  await expect(page.getByTestId('workshop-scenario')).toContainText(strict);
  await page.locator('body').click({ position: { x: 5, y: 760 } });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('workshop-scenario')).not.toContainText(strict);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('workshop-scenario')).toContainText(strict);
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(strictKpis.mqls));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Workshop' })).toBeVisible();
});
