import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { baseline, history, openAtBaseline } from './app';
import { count, expectedKpis } from './independent-kpis';

test('a model saves as a readable JSON file and opens back exactly; a broken file says what is wrong', async ({ page }) => {
  await openAtBaseline(page);
  const reset = page.getByRole('button', { name: 'Reset to baseline' });

  const threshold = page.getByRole('spinbutton', { name: 'MQL threshold (exact value)' });
  await threshold.fill('72');
  await threshold.press('Enter');
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(expectedKpis(history, { ...baseline, threshold: 72 }).mqls));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'Model file (JSON)' }).click();
  const saved = fs.readFileSync(await (await download).path(), 'utf8');
  const model = JSON.parse(saved);
  expect(model).toEqual({ ...baseline, threshold: 72 });
  expect(saved).toContain('\n  "threshold": 72,');

  await reset.click();
  await expect(page.getByRole('slider', { name: 'MQL threshold' })).toHaveValue(String(baseline.threshold));
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mql-model-'));
  const good = path.join(folder, 'definition.json');
  fs.writeFileSync(good, saved);
  await page.getByLabel('Model file to open').setInputFiles(good);
  await expect(page.getByRole('slider', { name: 'MQL threshold' })).toHaveValue('72');
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(expectedKpis(history, { ...baseline, threshold: 72 }).mqls));

  const broken = path.join(folder, 'broken.json');
  fs.writeFileSync(broken, JSON.stringify({ ...model, threshold: 'high', decay: { kind: 'sometimes' } }));
  await page.getByLabel('Model file to open').setInputFiles(broken);
  await expect(page.getByRole('alert')).toContainText('broken.json: threshold must be a number, got "high"; decay.kind must be one of "none", "half-life", "linear", got "sometimes".');
  await expect(page.getByRole('slider', { name: 'MQL threshold' })).toHaveValue('72');
});
