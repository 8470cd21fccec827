/**
 * v2: quotes remember the speaker of their first turn (quotes.speaker_id), kept in step by triggers.
 * Every roll-up attributes evidence to a participant through that speaker; reading it from the quote
 * spares a lookup in the largest table (transcript turns) for each of 100k codings.
 */
import type { Migration } from '../migration';

export const m0002QuoteSpeaker: Migration = {
  version: 2,
  name: 'quote-speaker',
  up(db) {
    db.exec(`
      ALTER TABLE quotes ADD COLUMN speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL;
      UPDATE quotes SET speaker_id = (SELECT s.speaker_id FROM transcript_segments s WHERE s.id = quotes.start_segment_id)
       WHERE start_segment_id IS NOT NULL;
      CREATE INDEX quotes_speaker ON quotes(speaker_id);

      CREATE TRIGGER quotes_speaker_ai AFTER INSERT ON quotes WHEN new.start_segment_id IS NOT NULL BEGIN
        UPDATE quotes SET speaker_id = (SELECT s.speaker_id FROM transcript_segments s WHERE s.id = new.start_segment_id)
         WHERE id = new.id;
      END;
      CREATE TRIGGER quotes_speaker_au AFTER UPDATE OF start_segment_id ON quotes BEGIN
        UPDATE quotes SET speaker_id = (SELECT s.speaker_id FROM transcript_segments s WHERE s.id = new.start_segment_id)
         WHERE id = new.id;
      END;
      CREATE TRIGGER transcript_segments_speaker_au AFTER UPDATE OF speaker_id ON transcript_segments BEGIN
        UPDATE quotes SET speaker_id = new.speaker_id WHERE start_segment_id = new.id;
      END;
    `);
  },
};
