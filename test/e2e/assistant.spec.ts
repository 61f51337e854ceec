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

test('in grade × level mode, solves the matrix cells for the goals and the KPI cards then show what it forecast', async ({ page }) => {
  const problems = await openAtBaseline(page);
  await page.getByRole('radiogroup', { name: 'Qualification mode' }).getByRole('radio', { name: 'Grade × level' }).click();
  const pressed = async () =>
    (await page.getByRole('table', { name: 'Qualifying cells: fit grade by engagement level' }).locator('[aria-pressed="true"]').allTextContents()).sort().join(',');
  const cellsBefore = await pressed();
  const rateBefore = await page.getByTestId('kpi-rate').textContent();

  await page.getByRole('tab', { name: 'Assistant' }).click();
  await expect(page.getByTestId('suggestions-table')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Threshold for goals' }).click();
  const answer = page.getByTestId('goal-answer');
  await expect(answer).toContainText(/^Cells .* meet both goals/);
  const use = answer.getByRole('button', { name: /^Use cells / });
  const cells = (await use.textContent())?.replace('Use cells ', '') ?? '';
  const forecastRate = (await answer.locator('.assistant-answer-figures strong').nth(1).textContent()) ?? '';
  const forecastCaptured = (await answer.locator('.assistant-answer-figures strong').nth(2).textContent()) ?? '';
  await use.click();

  // The solver's forecast is the engine's answer: same rate, same share of SQLs captured.
  await expect(page.getByTestId('kpi-rate')).toHaveText(forecastRate);
  await expect(page.getByTestId('kpi-captured')).toHaveText(forecastCaptured);
  const solved = await pressed();
  expect(solved).not.toBe(cellsBefore);
  // "A1–A3, B1" names exactly the pressed cells.
  const named = cells.split(', ').flatMap((range) => {
    const [from, to = from] = range.split('–');
    return Array.from({ length: Number(to[1]) - Number(from[1]) + 1 }, (_, i) => `${from[0]}${Number(from[1]) + i}`);
  });
  expect(solved).toBe(named.sort().join(','));
  await expect(answer.getByRole('button', { name: /^Use cells / })).toBeDisabled();

  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('kpi-rate')).toHaveText(rateBefore ?? '');
  expect(await pressed()).toBe(cellsBefore);
  await page.getByRole('button', { name: 'Reset to baseline' }).click();
  expect(problems).toEqual([]);
});
