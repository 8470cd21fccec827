/**
 * v11: persona reviews (the framework's quarterly cadence). Each review keeps what the persona looked
 * like then — members, their held interviews, each attribute's confidence and cited quotes — so the
 * next review can say what changed. Deleting the persona deletes its reviews.
 */
import type { Migration } from '../migration';

export const m0011PersonaReviews: Migration = {
  version: 11,
  name: 'persona-reviews',
  up(db) {
    db.exec(`
      CREATE TABLE persona_reviews (
        id INTEGER PRIMARY KEY,
        persona_id INTEGER NOT NULL REFERENCES personas(id) ON DELETE CASCADE,
        reviewed_at INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
      ) STRICT;
      CREATE INDEX persona_reviews_persona ON persona_reviews(persona_id, reviewed_at);
    `);
  },
};
