import { expect, test } from '@playwright/test';
import { baseline, history, openAtBaseline } from './app';
import { count, expectedKpis, percent } from './independent-kpis';

/** The points in a cell such as "+22▼" or "−5". */
function points(text: string | null): number {
  const match = /([+−]?)(\d+)/.exec(text ?? '');
  if (!match) throw new Error(`No points in "${text}"`);
  return (match[1] === '−' ? -1 : 1) * Number(match[2]);
}

test('runs the assistant, accepts a suggestion and then all of them, and undoes each with Ctrl+Z', async ({ page }) => {
  const problems = await openAtBaseline(page);
  const mqls = page.getByTestId('kpi-mqls');
  const rate = page.getByTestId('kpi-rate');
  const before = expectedKpis(history, baseline);
  await expect(rate).toHaveText(percent(before.rate));

  await page.getByRole('tab', { name: 'Assistant' }).click();
  const table = page.getByTestId('suggestions-table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('assistant-auc')).toContainText('→');

  // One rule: the demo request's suggested points, checked against an independent replay of the sample.
  const demo = table.locator('tr[data-rule="activity:demo_request"]');
  const suggested = points(await demo.locator('td').nth(1).textContent());
  expect(suggested).not.toBe(40);
  await demo.getByRole('button', { name: 'Accept Demo request' }).click();
  await expect(demo).toContainText('✓ in model');
  const withDemo = expectedKpis(history, {
    ...baseline,
    engagement: baseline.engagement.map((r) => (r.activity === 'demo_request' ? { ...r, points: suggested } : r)),
  });
  await expect(mqls).toHaveText(count(withDemo.mqls));
  await expect(rate).toHaveText(percent(withDemo.rate));

  await page.keyboard.press('Control+z');
  await expect(mqls).toHaveText(count(before.mqls));
  await expect(rate).toHaveText(percent(before.rate));
  await expect(demo.getByRole('button', { name: 'Accept Demo request' })).toBeVisible();

  // Everything at once, threshold included: one step forward, one step back.
  await page.getByTestId('accept-all').click();
  await expect(rate).not.toHaveText(percent(before.rate));
  await expect(page.getByTestId('assistant-stale')).toBeVisible();
  await expect(page.getByTestId('accept-all')).toBeDisabled();
  await page.keyboard.press('Control+z');
  await expect(mqls).toHaveText(count(before.mqls));
  await expect(rate).toHaveText(percent(before.rate));
  await expect(page.getByTestId('accept-all')).toBeEnabled();

  // The other sections answer too: the solver states its threshold, the check its held-out quarter.
  await page.getByRole('tab', { name: 'Threshold for goals' }).click();
  await expect(page.getByTestId('goal-answer')).toContainText(/Threshold \d+ meets|No threshold/);
  await page.getByRole('tab', { name: 'Out of sample & drift' }).click();
  await expect(page.getByTestId('check-table')).toContainText('2026-Q3');
  await expect(page.getByTestId('check-table').locator('tbody tr').first()).toContainText('AUC');
  await page.getByRole('tab', { name: 'Signal per rule' }).click();
  await expect(page.locator('[data-testid="signal-table"] tr[data-rule="activity:email_open"]')).toContainText('points contradict data');
  expect(problems).toEqual([]);
});
