import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openAtBaseline } from './app';
import { count, percent } from './independent-kpis';

const FILE = path.join('test', 'fixtures', 'import', 'european-extras.csv');
const BUDGET = 'IT-Budget (T€)';

/** The fixture's leads as this test reads them itself: semicolons, decimal comma with dot grouping. */
interface Lead {
  email: string;
  budget: number | null;
  sql: boolean;
}

function readLeads(): Lead[] {
  const [header, ...rows] = fs.readFileSync(FILE, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((line) => line.split(';'));
  const at = (name: string) => header.indexOf(name);
  return rows.map((cells) => {
    const budget = cells[at(BUDGET)];
    return {
      email: cells[at('E-Mail')],
      budget: budget === '' ? null : Number(budget.replace(/\./g, '').replace(',', '.')),
      sql: cells[at('SQL am')] !== '',
    };
  });
}

/**
 * The KPI cards' numbers for a threshold and band points, computed from the file alone. No
 * activities, and the baseline gives these leads no fit points except −20 for a free-mail
 * address (gmx.de, web.de); an SQL date is the only sign sales worked a lead.
 */
function expected(leads: Lead[], threshold: number, edges: number[], points: number[], blank: number) {
  const bandPoints = (budget: number | null) => (budget === null ? blank : points[edges.filter((e) => budget >= e).length]);
  const mqls = leads.filter((l) => (/@(gmx|web)\.de$/.test(l.email) ? -20 : 0) + bandPoints(l.budget) >= threshold);
  const worked = mqls.filter((l) => l.sql);
  const sqls = leads.filter((l) => l.sql).length;
  return { mqls: mqls.length, rate: worked.length / worked.length, captured: worked.length / sqls, unobserved: mqls.length - worked.length };
}

async function setNumber(page: Page, label: string, value: number): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.fill(String(value));
  await box.press('Enter');
}

test.afterEach(async ({ page }) => {
  const headers = { 'x-mql-token': 'e2e-token' };
  const workspace = await (await page.request.post('/api/workspace:open', { headers, data: null })).json();
  await page.request.post('/api/dataset:open', { headers, data: { datasetId: workspace.value.datasets[0].id } });
});

test('keeps a numeric column through the wizard, and a band rule on it moves the KPI cards', async ({ page }) => {
  const problems = await openAtBaseline(page);
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('CSV files to import').setInputFiles(FILE);
  await dialog.getByRole('button', { name: 'Preview →' }).click();
  await dialog.getByRole('button', { name: 'Map columns →' }).click();

  // The decimal commas read as numbers, so the column is offered as numbers; keeping it is the user's choice.
  const keep = dialog.getByRole('checkbox', { name: `Keep ${BUDGET}` });
  await expect(keep).not.toBeChecked();
  await expect(dialog.getByLabel(`Score ${BUDGET} as`)).toHaveValue('numeric');
  await expect(dialog.getByLabel('Score Bestandskunde as')).toHaveValue('boolean');
  await keep.check();

  await dialog.getByRole('button', { name: 'Check formats →' }).click();
  await expect(dialog.getByRole('radio', { name: 'Decimal comma: 1.234,56' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Check every row →' }).click();
  await expect(dialog.getByTestId('validation-summary')).toContainText('8 of 8 rows to import');
  await expect(dialog.getByTestId('kept-columns')).toHaveText(`Kept as fit attributes: ${BUDGET} (numbers).`);
  await dialog.getByRole('button', { name: 'Choose where to import →' }).click();
  await dialog.getByLabel('Name of the new dataset').fill('DACH budgets (e2e)');
  await dialog.getByRole('button', { name: 'Import 8 leads' }).click();
  await dialog.getByRole('button', { name: 'Show the dataset' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.dataset-name')).toHaveText('DACH budgets (e2e)');

  const leads = readLeads();
  const threshold = 40;
  await setNumber(page, 'MQL threshold (exact value)', threshold);
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(expected(leads, threshold, [], [0], 0).mqls));

  // The rule is shown under the user's own column name, as points per range.
  await page.getByText('Fit: who they are').click();
  await page.locator('summary', { hasText: BUDGET }).click();
  await expect(page.locator('summary', { hasText: BUDGET })).toContainText('points per range');
  await page.getByRole('button', { name: `Remove ${BUDGET} edge 3` }).click();
  await setNumber(page, `${BUDGET} edge 1`, 100);
  await setNumber(page, `${BUDGET} edge 2`, 1000);
  await setNumber(page, `${BUDGET} 1,000 or more: points (exact value)`, 50);
  await setNumber(page, `${BUDGET} 100 to under 1,000: points (exact value)`, 30);
  await setNumber(page, `${BUDGET} blank: points (exact value)`, -10);

  let want = expected(leads, threshold, [100, 1000], [0, 30, 50], -10);
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(want.mqls));
  await expect(page.getByTestId('kpi-rate')).toHaveText(percent(want.rate));
  await expect(page.getByTestId('kpi-captured')).toHaveText(percent(want.captured));
  await expect(page.getByTestId('kpi-unobserved')).toHaveText(count(want.unobserved));

  // An edge moved past a band's leads changes who qualifies.
  await setNumber(page, `${BUDGET} edge 2`, 500);
  want = expected(leads, threshold, [100, 500], [0, 30, 50], -10);
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(want.mqls));
  await expect(page.getByTestId('kpi-captured')).toHaveText(percent(want.captured));
  await expect(page.getByTestId('kpi-unobserved')).toHaveText(count(want.unobserved));

  // An edge that would pass its neighbour is refused with a reason, and nothing changes.
  await setNumber(page, `${BUDGET} edge 2`, 50);
  await expect(page.getByRole('alert').filter({ hasText: 'Edges must rise' })).toHaveText('Edges must rise: type a number above 100.');
  await expect(page.getByTestId('kpi-mqls')).toHaveText(count(want.mqls));

  await page.getByRole('button', { name: 'Reset to baseline' }).click();
  expect(problems).toEqual([]);
});
