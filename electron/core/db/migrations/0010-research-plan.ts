/**
 * v10: research plans. One row per method a plan uses, for the study (no persona, no segment), one
 * persona or one segment: the target range and a time budget. Deleting the persona or segment deletes
 * its plan; a method appears once per scope (the unique index treats "no persona/segment" as 0).
 */
import type { Migration } from '../migration';

export const m0010ResearchPlan: Migration = {
  version: 10,
  name: 'research-plan',
  up(db) {
    db.exec(`
      CREATE TABLE plan_targets (
        id INTEGER PRIMARY KEY,
        persona_id INTEGER REFERENCES personas(id) ON DELETE CASCADE,
        segment_id INTEGER REFERENCES segments(id) ON DELETE CASCADE,
        method TEXT NOT NULL
          CHECK (method IN ('customer_interview','sales_interview','cs_interview','win_loss','survey','observation')),
        target_min INTEGER NOT NULL CHECK (target_min >= 0),
        target_max INTEGER CHECK (target_max IS NULL OR target_max >= target_min),
        budget_weeks REAL CHECK (budget_weeks IS NULL OR budget_weeks >= 0),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK (persona_id IS NULL OR segment_id IS NULL)
      ) STRICT;
      CREATE UNIQUE INDEX plan_targets_scope ON plan_targets(ifnull(persona_id, 0), ifnull(segment_id, 0), method);
      CREATE INDEX plan_targets_segment ON plan_targets(segment_id) WHERE segment_id IS NOT NULL;
    `);
  },
};
