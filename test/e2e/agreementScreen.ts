/** Reading the Agreement screen in e2e tests: a tag's (or the overall) figures as shown, and as the core computed them. */
import type { Page } from 'playwright-core';
import type { AgreementReport } from '../../shared/domain/agreementReport';

const pct = (x: number | null) => (x === null ? 'not defined' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null) => (x === null ? 'not defined' : x.toFixed(3));

/** What the screen shows for one tag's row (or the overall row): percent, kappa, alpha. */
export async function shownFigures(page: Page, tag: string | null): Promise<string[]> {
  const row =
    tag === null
      ? page.locator('.agreement-table tr[data-overall]')
      : page.locator('.agreement-table tbody tr').filter({ has: page.getByRole('rowheader', { name: tag }) });
  return row.locator('td[data-figure]').allTextContents();
}

/** The same figures from the core's report, formatted as the screen formats them. */
export function expectedFigures(report: AgreementReport, tag: string | null): string[] {
  const f = tag === null ? report.overall : report.tags.find((t) => t.name === tag)!.figures;
  return [pct(f.percent.value), num(f.kappa.value), num(f.alpha.value)];
}
