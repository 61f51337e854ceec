import { expect, type Page } from '@playwright/test';
import { defaultModel } from '../../shared/model/default-model';
import { count, expectedKpis, readSample } from './independent-kpis';

export const history = readSample();
export const baseline = defaultModel();

/**
 * Opens the app on the test workspace with the working model back at the baseline (tests share
 * one workspace, and the working model is autosaved), and collects console errors and page
 * errors so a test can assert there were none.
 */
export async function openAtBaseline(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/?token=e2e-token');
  // First start imports the bundled sample before anything can be shown.
  await expect(page.getByTestId('kpi-mqls')).toBeVisible({ timeout: 45_000 });
  const reset = page.getByRole('button', { name: 'Reset to baseline' });
  if (await reset.isEnabled()) await reset.click();
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(expectedKpis(history, baseline).mqls));
  return problems;
}
