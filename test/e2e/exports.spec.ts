import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { baseline, history, openAtBaseline } from './app';
import { count, expectedKpis } from './independent-kpis';

async function downloadFromMenu(page: Page, item: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  return fs.readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '');
}

test('exports the decision memo as a PDF, the scoring matrix and the scored leads', async ({ page }) => {
  await openAtBaseline(page);
  const threshold = page.getByRole('spinbutton', { name: 'MQL threshold (exact value)' });
  await threshold.fill('70');
  await threshold.press('Enter');
  const expected = expectedKpis(history, { ...baseline, threshold: 70 });
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(expected.mqls));

  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'Decision memo (print or PDF)…' }).click();
  await page.getByLabel('Memo title').fill('Q4 2026 MQL definition');
  await page.getByLabel('Memo notes').fill('Raised the threshold to 70 after sales feedback on lead quality.');
  const pdfFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mql-memo-')), 'memo.pdf');
  await page.pdf({ path: pdfFile, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))?.[1]);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  expect(text).toContain('Q4 2026 MQL definition');
  expect(text).toContain('Figures against the baseline');
  expect(text).toMatch(new RegExp(`MQLs\\s+${count(expectedKpis(history, baseline).mqls)}\\s+${count(expected.mqls)}`));
  expect(text).toContain('MQL rule: fit + engagement points ≥ 60 → fit + engagement points ≥ 70');
  expect(text).toContain('Raised the threshold to 70 after sales feedback on lead quality.');
  expect(text).toContain('Pricing-page visit');
  expect(text).not.toContain('Scoring rules');
  await page.getByRole('button', { name: 'Close' }).click();

  const csv = await downloadFromMenu(page, 'Scoring matrix (CSV)');
  expect(csv.split('\r\n')[0]).toBe('Section,Rule,Value,Points,Notes');
  expect(csv).toContain('Qualification,MQL when,fit + engagement points ≥ 70,,');
  expect(csv).toContain('Engagement,Pricing-page visit,per occurrence,15,at most 3×');
  const markdown = await downloadFromMenu(page, 'Scoring matrix (Markdown)');
  expect(markdown).toContain('| Fit | Seniority | VP | +15 |  |');

  const scored = (await downloadFromMenu(page, 'Scored leads (CSV)')).trim().split('\r\n');
  expect(scored[0]).toBe('Lead ID,Fit,Engagement,Combined score,MQL,MQL date');
  expect(scored).toHaveLength(history.leads.length + 1);
  const mqlIds = new Set(scored.slice(1).filter((line) => line.split(',')[4] === 'yes').map((line) => line.split(',')[0]));
  expect(mqlIds).toEqual(expected.mqlIds);
});
