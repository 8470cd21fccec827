/** company_disqualifiers: which companies meet a disqualifying ICP statement. */
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/sql';

/** The companies ticked as meeting this disqualifying statement (what deleting the statement unticks). */
export function disqualifiedCompanyIds(db: Database, statementId: number): number[] {
  return (
    stmt(db, 'SELECT company_id FROM company_disqualifiers WHERE statement_id = ?').all(statementId) as {
      company_id: number;
    }[]
  ).map((r) => r.company_id);
}
