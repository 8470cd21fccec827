/**
 * v3: participants carry a behavioural label (power, regular, at-risk, new — the framework's
 * behavioural segmentation), so segment rules can select on it. Empty means not set.
 */
import type { Migration } from '../migration';

export const m0003ParticipantBehavior: Migration = {
  version: 3,
  name: 'participant-behavior',
  up(db) {
    db.exec(`
      ALTER TABLE participants ADD COLUMN behavior TEXT NOT NULL DEFAULT ''
        CHECK (behavior IN ('','power','regular','at_risk','new'));
    `);
  },
};
