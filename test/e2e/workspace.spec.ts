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
    await page.getByRole('menuitem', { name: 'Workspaces, backup and restore…' }).click();
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

test('keeps a workspace per client: create and open one, rename it, go back, delete it', async ({ page }) => {
  const problems = await openAtBaseline(page);
  const header = page.getByRole('button', { name: /^Workspace/ });
  await expect(header).toContainText('My workspace');
  const scenarioInFirst = `Only in my workspace ${Date.now().toString(36)}`;
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await page.getByLabel('Scenario name').fill(scenarioInFirst);
  await page.getByRole('button', { name: 'Save current as scenario' }).click();
  await expect(page.locator(`tr[data-scenario="${scenarioInFirst}"]`)).toBeVisible();

  await header.click();
  const dialog = page.getByRole('dialog', { name: 'Workspaces' });
  await dialog.getByLabel('New workspace name').fill('Acme GmbH');
  await dialog.getByRole('button', { name: 'Create and open' }).click();
  // A new workspace opens on the bundled sample, without the other workspace's scenarios.
  await expect(header).toContainText('Acme GmbH', { timeout: 45_000 });
  await expect(page.getByTestId('kpi-mqls')).toBeVisible();
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await expect(page.locator('tr[data-scenario]').first()).toBeVisible();
  await expect(page.locator(`tr[data-scenario="${scenarioInFirst}"]`)).toHaveCount(0);

  await header.click();
  const rows = dialog.getByRole('table', { name: 'Workspaces' });
  await expect(rows.locator('tr[data-workspace="Acme GmbH"]')).toContainText('open now');
  await expect(rows.getByRole('button', { name: 'Delete Acme GmbH' })).toBeDisabled();
  await rows.getByRole('button', { name: 'Rename Acme GmbH' }).click();
  await rows.getByLabel('New name for Acme GmbH').fill('Acme GmbH – Q3 review');
  await rows.getByRole('button', { name: 'Save' }).click();
  await expect(rows.locator('tr[data-workspace="Acme GmbH – Q3 review"]')).toContainText('open now');
  await rows.getByRole('button', { name: 'Rename Acme GmbH – Q3 review' }).click();
  await rows.getByLabel('New name for Acme GmbH – Q3 review').fill('my WORKSPACE');
  await rows.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('There is already a workspace called "My workspace". Choose another name.');
  await rows.getByRole('button', { name: 'Cancel' }).click();

  await rows.getByRole('button', { name: 'Open My workspace' }).click();
  await expect(header).toContainText('My workspace', { timeout: 45_000 });
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await expect(page.locator(`tr[data-scenario="${scenarioInFirst}"]`)).toBeVisible();

  await header.click();
  page.once('dialog', (confirm) => void confirm.accept());
  await rows.getByRole('button', { name: 'Delete Acme GmbH – Q3 review' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Deleted “Acme GmbH – Q3 review”.');
  await expect(rows.locator('tr[data-workspace]')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The refused rename shows in the console as the service's error reply, and only that.
  expect(problems.filter((p) => !p.startsWith('Failed to load resource'))).toEqual([]);
});

test('deletes an imported dataset from the workspace dialog, and the app opens on the one left', async ({ page }) => {
  await openAtBaseline(page);
  await page.getByRole('button', { name: 'Import data' }).click();
  const wizard = page.getByRole('dialog', { name: 'Import data' });
  await wizard.getByLabel('CSV files to import').setInputFiles(path.join('test', 'fixtures', 'import', 'ambiguous-dates.csv'));
  await wizard.getByRole('button', { name: 'Preview →' }).click();
  await wizard.getByRole('button', { name: 'Map columns →' }).click();
  await wizard.getByRole('button', { name: 'Check formats →' }).click();
  // all() does not wait: the questions must be on screen before they are listed.
  await expect(wizard.getByText(/day first or month first\?/).first()).toBeVisible();
  for (const choice of await wizard.getByRole('radio', { name: /^Day first/ }).all()) await choice.check();
  await wizard.getByRole('button', { name: 'Check every row →' }).click();
  await wizard.getByRole('button', { name: 'Choose where to import →' }).click();
  await wizard.getByLabel('Name of the new dataset').fill('To be deleted');
  await wizard.getByRole('button', { name: 'Import 4 leads' }).click();
  await wizard.getByRole('button', { name: 'Show the dataset' }).click();
  await expect(page.locator('.dataset-name')).toHaveText('To be deleted');

  await page.getByRole('button', { name: /^Workspace/ }).click();
  const datasets = page.getByRole('table', { name: 'Datasets' });
  await expect(datasets.locator('tr[data-dataset="To be deleted"]')).toContainText('open now');
  // Other specs import into the same workspace, so count from what is there now.
  const before = await datasets.locator('tr[data-dataset]').count();
  page.once('dialog', (confirm) => void confirm.accept());
  await datasets.getByRole('button', { name: 'Delete dataset To be deleted' }).click();
  await expect(page.locator('.dataset-name')).toHaveText(/^Sample/, { timeout: 45_000 });
  await page.getByRole('button', { name: /^Workspace/ }).click();
  await expect(datasets.locator('tr[data-dataset]')).toHaveCount(before - 1);
  await expect(datasets.locator('tr[data-dataset="To be deleted"]')).toHaveCount(0);
});
