import { expect, test } from '@playwright/test';
import { baseline, history, openAtBaseline } from './app';
import { count, expectedKpis, percent } from './independent-kpis';

test('dragging the threshold on the sweep moves the KPI cards, the matrix and the channel table together', async ({ page }) => {
  await openAtBaseline(page);
  await page.getByRole('tab', { name: 'Sweep' }).click();
  const chart = page.getByTestId('sweep-chart');
  await expect(chart).toHaveAttribute('data-threshold-x', /\d+/);
  const box = await chart.boundingBox();
  if (!box) throw new Error('The sweep chart has no size.');
  const x = box.x + Number(await chart.getAttribute('data-threshold-x'));
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 30, y, { steps: 6 });
  await page.mouse.move(x + 60, y, { steps: 6 });
  await page.mouse.up();

  const slider = page.getByRole('slider', { name: 'MQL threshold' });
  const threshold = Number(await slider.inputValue());
  expect(threshold).toBeGreaterThan(baseline.threshold + 3);
  const expected = expectedKpis(history, { ...baseline, threshold });
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(expected.mqls));
  await expect(page.getByTestId('kpi-rate')).toHaveText(percent(expected.rate));
  await expect(page.getByTestId('sweep-at-threshold')).toContainText(`At ${threshold}: ${count(expected.mqls)} MQLs`);

  await page.getByRole('tab', { name: 'Channels' }).click();
  for (const [channel, mqls] of expected.byChannel) {
    await expect(page.locator(`tr[data-group="${channel}"] [data-testid="breakdown-mqls"]`)).toHaveText(count(mqls));
  }

  await page.getByRole('tab', { name: 'Fit × engagement' }).click();
  for (const [cell, { leads, mqls }] of expected.cells) {
    const row = page.locator(`[data-testid="matrix-table"] tr[data-cell="${cell}"] td`);
    await expect(row.nth(0)).toHaveText(count(leads));
    await expect(row.nth(1)).toHaveText(count(mqls));
  }
});

test('switching a knock-out on removes exactly the MQLs it says it removes', async ({ page }) => {
  await openAtBaseline(page);
  const freeMail = page.getByRole('checkbox', { name: /Free-mail address/ });
  const knockedOut = { ...baseline, knockouts: baseline.knockouts.map((k) => ({ ...k, enabled: k.id === 'free-mail' })) };
  const before = expectedKpis(history, baseline);
  const after = expectedKpis(history, knockedOut);
  expect(after.mqls).toBeLessThan(before.mqls);
  await expect(page.getByTestId('knockout-free-mail')).toHaveText(`would remove ${count(before.mqls - after.mqls)} MQLs`);
  await freeMail.check();
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(after.mqls));
  await expect(page.getByTestId('kpi-rate')).toHaveText(percent(after.rate));
  await expect(page.getByTestId('knockout-free-mail')).toHaveText(`removes ${count(before.mqls - after.mqls)} MQLs`);
});
