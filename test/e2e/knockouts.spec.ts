import { expect, test } from '@playwright/test';
import { baseline, history, openAtBaseline } from './app';
import { count, expectedKpis } from './independent-kpis';

test('adds a knock-out on the sample’s own Existing Customer column, sees what it removes, undoes and removes it', async ({ page }) => {
  const problems = await openAtBaseline(page);
  const mqls = page.getByTestId('kpi-mqls');
  const before = expectedKpis(history, baseline);
  const withKnockout = expectedKpis(history, {
    ...baseline,
    knockouts: [...baseline.knockouts, { id: 'existing', label: 'Existing customers', enabled: true, attribute: 'extra:existing-customer', values: ['Yes'] }],
  });
  expect(withKnockout.mqls).toBeLessThan(before.mqls);

  await page.getByText('Add a knock-out…').click();
  await page.getByLabel('Knock-out attribute').selectOption({ label: 'Existing Customer' });
  await page.getByRole('checkbox', { name: /^Yes/ }).check();
  await page.getByLabel('Knock-out name').fill('Existing customers');
  await page.getByRole('button', { name: 'Add knock-out' }).click();

  await expect(mqls).toHaveText(count(withKnockout.mqls));
  const row = page.getByRole('checkbox', { name: /Existing customers/ });
  await expect(row).toBeChecked();
  await expect(page.getByTestId('knockout-extra-existing-customer-yes')).toHaveText(`removes ${count(before.mqls - withKnockout.mqls)} MQLs`);

  await page.keyboard.press('Control+z');
  await expect(mqls).toHaveText(count(before.mqls));
  await expect(page.getByTestId('knockout-extra-existing-customer-yes')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(mqls).toHaveText(count(withKnockout.mqls));
  await page.getByRole('button', { name: 'Remove knock-out Existing customers' }).click();
  await expect(mqls).toHaveText(count(before.mqls));
  await expect(page.getByTestId('knockout-extra-existing-customer-yes')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('adds a fast-track on another activity: it can only add MQLs, and undo takes it away', async ({ page }) => {
  const problems = await openAtBaseline(page);
  const mqls = page.getByTestId('kpi-mqls');
  const before = expectedKpis(history, baseline).mqls;
  await page.getByText('Add a fast-track…').click();
  await page.getByLabel('Fast-track activity').selectOption({ label: 'Pricing-page visit' });
  await page.getByLabel('Fast-track lowest fit grade').selectOption({ label: 'any' });
  await page.getByRole('button', { name: 'Add fast-track' }).click();
  const row = page.getByRole('checkbox', { name: 'Pricing-page visit from a fit any' });
  await expect(row).toBeChecked();
  await expect(mqls).not.toHaveText(count(before));
  const after = Number((await mqls.textContent())?.replace(/,/g, ''));
  expect(after).toBeGreaterThan(before);
  await page.keyboard.press('Control+z');
  await expect(mqls).toHaveText(count(before));
  await expect(row).toHaveCount(0);
  expect(problems).toEqual([]);
});
