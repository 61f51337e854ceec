import { expect, test } from '@playwright/test';
import { baseline, history, openAtBaseline } from './app';
import { writeEuropeanHubSpotExport } from './hubspot-export';
import { count, expectedKpis, percent } from './independent-kpis';

/** Each test leaves the sample open, as the other specs expect (they share the workspace). */
test.afterEach(async ({ page }) => {
  const headers = { 'x-mql-token': 'e2e-token' };
  const workspace = await (await page.request.post('/api/workspace:open', { headers, data: null })).json();
  await page.request.post('/api/dataset:open', { headers, data: { datasetId: workspace.value.datasets[0].id } });
});

test('runs the assistant on an imported European HubSpot export and finds what it finds on the same history bundled', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const leadsFile = testInfo.outputPath('hubspot-contacts.csv');
  const activitiesFile = testInfo.outputPath('hubspot-activities.csv');
  writeEuropeanHubSpotExport('leads.csv', leadsFile);
  writeEuropeanHubSpotExport('activities.csv', activitiesFile);
  const problems = await openAtBaseline(page);
  const expected = expectedKpis(history, baseline);

  // The assistant on the bundled sample, for reference.
  await page.getByRole('tab', { name: 'Assistant' }).click();
  await expect(page.getByTestId('suggestions-table')).toBeVisible({ timeout: 30_000 });
  const sampleAuc = await page.getByTestId('assistant-auc').textContent();
  expect(sampleAuc).toContain('→');

  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('CSV files to import').setInputFiles([leadsFile, activitiesFile]);
  await expect(dialog.getByLabel('What hubspot-contacts.csv holds')).toHaveValue('leads');
  await expect(dialog.getByLabel('What hubspot-activities.csv holds')).toHaveValue('activities');
  await dialog.getByRole('button', { name: 'Preview →' }).click();
  await dialog.getByRole('button', { name: 'Map columns →' }).click();
  await expect(dialog.getByText(/HubSpot/).first()).toBeVisible();
  // The bundled sample keeps these two as fit attributes; so does this import, to be the same history.
  await expect(dialog.getByLabel('Score Employees as')).toHaveValue('numeric');
  await expect(dialog.getByLabel('Score Existing Customer as')).toHaveValue('boolean');
  await dialog.getByRole('checkbox', { name: 'Keep Employees' }).check();
  await dialog.getByRole('checkbox', { name: 'Keep Existing Customer' }).check();
  await dialog.getByRole('button', { name: 'Check formats →' }).click();
  for (const file of ['hubspot-contacts.csv', 'hubspot-activities.csv']) {
    await dialog.getByRole('tab', { name: new RegExp(file.replace('.', '\\.')) }).click();
    // all() does not wait: the file's date questions (if any) must be on screen before they are listed.
    await expect(dialog.getByRole('heading', { name: 'Dates' })).toBeVisible();
    for (const choice of await dialog.getByRole('radio', { name: /^Day first/ }).all()) if (!(await choice.isChecked())) await choice.check();
  }
  await dialog.getByRole('button', { name: 'Check every row →' }).click();
  const summary = dialog.getByTestId('validation-summary');
  await expect(summary).toContainText(`hubspot-contacts.csv${count(history.leads.length)} of ${count(history.leads.length)} rows to import`, { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Choose where to import →' }).click();
  await dialog.getByLabel('Name of the new dataset').fill('HubSpot export (e2e)');
  await dialog.getByRole('button', { name: `Import ${count(history.leads.length)} leads` }).click();
  await expect(dialog.getByTestId('import-done')).toContainText(`Imported ${count(history.leads.length)} leads`, { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Show the dataset' }).click();
  await expect(page.locator('.dataset-name')).toHaveText('HubSpot export (e2e)');

  // The same history under other names and formats: the same figures, and the same suggestions.
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(expected.mqls));
  await expect(page.getByTestId('kpi-rate')).toHaveText(percent(expected.rate));
  await page.getByRole('tab', { name: 'Assistant' }).click();
  await expect(page.getByTestId('suggestions-table')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('assistant-auc')).toHaveText(sampleAuc ?? '');

  await page.getByTestId('accept-all').click();
  await expect(page.getByTestId('kpi-rate')).not.toHaveText(percent(expected.rate));
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(expected.mqls));
  await expect(page.getByTestId('kpi-rate')).toHaveText(percent(expected.rate));
  expect(problems).toEqual([]);
});
