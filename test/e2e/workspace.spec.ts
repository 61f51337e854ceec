import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openAtBaseline } from './app';

test('backs up the workspace to one file and restores it, replacing what changed since', async ({ page }) => {
  await openAtBaseline(page);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mql-backup-'));
  const backup = path.join(folder, 'workspace-backup.sqlite');
  const openWorkspace = async () => {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: 'Back up or restore the workspace…' }).click();
  };
  await openWorkspace();
  await page.getByLabel('Backup file').fill(backup);
  await page.getByRole('button', { name: 'Back up workspace' }).click();
  await expect(page.getByRole('status')).toContainText(`Backed up to ${backup}`);
  expect(fs.statSync(backup).size).toBeGreaterThan(1_000_000);
  await page.getByRole('button', { name: 'Close' }).click();

  const later = `Made after the backup ${Date.now().toString(36)}`;
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await page.getByLabel('Scenario name').fill(later);
  await page.getByRole('button', { name: 'Save current as scenario' }).click();
  await expect(page.locator(`tr[data-scenario="${later}"]`)).toBeVisible();

  await openWorkspace();
  await page.getByLabel('Backup to restore').fill(backup);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByTestId('kpi-mqls')).toBeVisible({ timeout: 45_000 });
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await expect(page.locator('tr[data-scenario]').first()).toBeVisible();
  await expect(page.locator(`tr[data-scenario="${later}"]`)).toHaveCount(0);

  await openWorkspace();
  await page.getByLabel('Backup to restore').fill(path.join(folder, 'not-there.sqlite'));
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('alert')).toContainText('not-there.sqlite');
});
