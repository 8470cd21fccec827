/** The names a pseudonymised export must hide: every participant's real name and every company's. */
import type { Database } from 'better-sqlite3';
import { makePseudonymiser, type Pseudonymiser } from '../../../../shared/domain/pseudonymise';
import { stmt } from '../../db/sql';

export function projectPseudonymiser(db: Database): Pseudonymiser {
  return makePseudonymiser({
    participants: stmt(db, 'SELECT real_name AS realName, pseudonym FROM participants').all() as {
      realName: string;
      pseudonym: string;
    }[],
    companies: stmt(db, 'SELECT name FROM companies').all() as { name: string }[],
  });
}
