import { expect, test } from '@playwright/test';
import { baseline, history, openAtBaseline } from './app';
import { count, expectedKpis } from './independent-kpis';

test('records the agreed definition of each quarter and scores every version on the data open now', async ({ page }) => {
  await openAtBaseline(page);
  const stamp = Date.now().toString(36);
  await page.getByRole('tab', { name: 'Versions' }).click();
  const record = async (label: string, note: string, agreedOn: string) => {
    await page.getByLabel('Version label').fill(label);
    await page.getByLabel('Agreed by').fill('Marketing ops + Sales');
    await page.getByLabel('Agreed on').fill(agreedOn);
    await page.getByLabel('Version note').fill(note);
    await page.getByRole('button', { name: 'Record current definition' }).click();
    await expect(page.locator(`tr[data-version="${label}"]`)).toBeVisible();
  };
  await record(`Q2 ${stamp}`, 'The old definition', '2026-04-02');
  const threshold = page.getByRole('spinbutton', { name: 'MQL threshold (exact value)' });
  await threshold.fill('70');
  await threshold.press('Enter');
  await record(`Q3 ${stamp}`, 'Raised threshold to 70 after sales feedback', '2026-07-01');

  await page.reload();
  await expect(page.getByTestId('kpi-mqls')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Versions' }).click();
  const q3 = page.locator(`tr[data-version="Q3 ${stamp}"]`);
  const q2 = page.locator(`tr[data-version="Q2 ${stamp}"]`);
  await expect(q3.locator('td').nth(0)).toHaveText(count(expectedKpis(history, { ...baseline, threshold: 70 }).mqls));
  await expect(q2.locator('td').nth(0)).toHaveText(count(expectedKpis(history, baseline).mqls));
  await expect(q3).toContainText('Raised threshold to 70 after sales feedback');
  await expect(q3).toContainText('MQL rule: fit + engagement points ≥ 60 → fit + engagement points ≥ 70');
});
