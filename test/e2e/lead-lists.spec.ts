import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { baseline, history, openAtBaseline } from './app';
import { count, expectedKpis } from './independent-kpis';

test('lists the leads that enter the MQL set, explains one, and exports the list as CSV', async ({ page }) => {
  await openAtBaseline(page);

  const threshold = page.getByRole('spinbutton', { name: 'MQL threshold (exact value)' });
  await threshold.fill('55');
  await threshold.press('Enter');
  const before = expectedKpis(history, baseline);
  const after = expectedKpis(history, { ...baseline, threshold: 55 });
  const entering = [...after.mqlIds].filter((id) => !before.mqlIds.has(id));
  expect(entering.length).toBeGreaterThan(10);
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(after.mqls));

  await page.getByRole('tab', { name: 'Leads' }).click();
  await expect(page.getByRole('radio', { name: `Entering (${count(entering.length)})` })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Leaving (0)' })).toBeVisible();

  const someone = entering[Math.floor(entering.length / 2)];
  await page.getByRole('searchbox', { name: 'Search leads' }).fill(someone);
  await expect(page.getByTestId('lead-row')).toHaveCount(1);
  await page.getByTestId('lead-row').click();
  await expect(page.getByTestId('why-panel')).toContainText(`Why ${someone} scored as it did`);
  await expect(page.getByTestId('why-panel')).toContainText('An MQL on');

  await page.getByRole('searchbox', { name: 'Search leads' }).fill('');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  expect(lines[0]).toBe('Lead ID,Email,Company,Channel,Change,Score,Baseline score,Fit,Engagement,MQL date,Outcome');
  expect(new Set(lines.slice(1).map((line) => line.split(',')[0]))).toEqual(new Set(entering));
});
