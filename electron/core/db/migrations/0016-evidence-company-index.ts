/**
 * v16: an index on `evidence.company_id`. The column references companies (ON DELETE SET NULL), and
 * without an index SQLite checks each deleted company by scanning the whole evidence table: undoing a
 * 50,000-row document import that created 800 companies took 14 s on the standard corpus (99,720
 * evidence rows), ~17 ms a company. With the index each check is a seek.
 */
import type { Migration } from '../migration';

export const m0016EvidenceCompanyIndex: Migration = {
  version: 16,
  name: 'evidence-company-index',
  up(db) {
    db.exec('CREATE INDEX evidence_company ON evidence(company_id)');
  },
};
