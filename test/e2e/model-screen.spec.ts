import { expect, test } from '@playwright/test';
import { baseline, history, openAtBaseline } from './app';
import { count, expectedKpis, percent } from './independent-kpis';

test('opens on the sample with the baseline KPIs, and a keyboard slider move updates them', async ({ page }) => {
  const problems = await openAtBaseline(page);
  const before = expectedKpis(history, baseline);
  await expect(page.getByText(`${count(history.leads.length)} leads ·`)).toBeVisible();
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(before.mqls));
  await expect(page.getByTestId('kpi-rate')).toHaveText(percent(before.rate));
  await expect(page.getByTestId('kpi-captured')).toHaveText(percent(before.captured));
  await expect(page.getByTestId('kpi-unobserved')).toHaveText(count(before.unobserved));
  await expect(page.getByTestId('kpi-mqls-change')).toContainText('±0');

  const threshold = page.getByRole('slider', { name: 'MQL threshold' });
  await threshold.focus();
  for (let i = 0; i < 5; i++) await threshold.press('ArrowRight');
  await expect(threshold).toHaveValue(String(baseline.threshold + 5));

  const after = expectedKpis(history, { ...baseline, threshold: baseline.threshold + 5 });
  expect(after.mqls).toBeLessThan(before.mqls);
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(after.mqls));
  await expect(page.getByTestId('kpi-rate')).toHaveText(percent(after.rate));
  await expect(page.getByTestId('kpi-captured')).toHaveText(percent(after.captured));
  await expect(page.getByTestId('kpi-unobserved')).toHaveText(count(after.unobserved));
  const fewer = before.mqls - after.mqls;
  await expect(page.getByTestId('kpi-mqls-change')).toContainText(`−${count(fewer)}`);
  await expect(page.getByTestId('kpi-mqls-change')).toContainText(`−${((fewer / before.mqls) * 100).toFixed(1)} %`);

  // The five key presses were one adjustment of one slider: one undo takes all of them back.
  await page.keyboard.press('Control+z');
  await expect(threshold).toHaveValue(String(baseline.threshold));
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(before.mqls));
  await page.keyboard.press('Control+Shift+z');
  await expect(threshold).toHaveValue(String(baseline.threshold + 5));
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(after.mqls));
  expect(problems).toEqual([]);
});

test('rules typed in by number change the KPIs, survive a reload, and reset to the baseline', async ({ page }) => {
  await openAtBaseline(page);
  const reset = page.getByRole('button', { name: 'Reset to baseline' });

  const threshold = page.getByRole('spinbutton', { name: 'MQL threshold (exact value)' });
  await threshold.fill('70');
  await threshold.press('Enter');
  const points = page.getByRole('spinbutton', { name: 'Pricing-page visit: points (exact value)' });
  await points.fill('40');
  await points.press('Enter');
  const edited = {
    ...baseline,
    threshold: 70,
    engagement: baseline.engagement.map((r) => (r.activity === 'pricing_page' ? { ...r, points: 40 } : r)),
  };
  const expected = expectedKpis(history, edited);
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(expected.mqls));
  await expect(page.getByTestId('kpi-rate')).toHaveText(percent(expected.rate));

  // The working model is autosaved: a reload (or a crash) comes back to the same state.
  await page.waitForTimeout(1000);
  await page.reload();
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(expected.mqls), { timeout: 30_000 });
  await expect(page.getByRole('slider', { name: 'MQL threshold' })).toHaveValue('70');

  await reset.click();
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(expectedKpis(history, baseline).mqls));
  await expect(page.getByRole('slider', { name: 'MQL threshold' })).toHaveValue(String(baseline.threshold));
});
