/**
 * v12: the personas the ideal customer profile contains (the framework: a company matching the ICP
 * holds several buyer personas, who may differ from the daily users). A project has one ICP, so a
 * persona is in it or not: one row per linked persona, removed with the persona.
 *
 * Merge note: another branch adds a migration in the same window; this one is named for what it
 * holds so the merger can renumber it without reading it.
 */
import type { Migration } from '../migration';

export const m0012IcpPersonas: Migration = {
  version: 12,
  name: 'icp-personas',
  up(db) {
    db.exec(`
      CREATE TABLE icp_personas (
        persona_id INTEGER NOT NULL PRIMARY KEY REFERENCES personas(id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
