/**
 * v13: secondary sources as evidence (issue 17, item 2). A document import (support tickets, reviews,
 * CRM notes…) is stored as an interview-like source whose rows are transcript turns, so the reader,
 * quoting, anchoring, search and coding work on it unchanged. What kind of source it is lives on the
 * interview (`source_kind`, 'interview' for everything before); each row keeps its own date on its
 * turn (`dated_at`), and a quote's evidence date is its first turn's date when it has one.
 * The evidence table carries the source kind (materialised like the rest of the rule), so roll-ups
 * filter by it from the table and count secondary evidence apart through a partial index that is
 * empty, and costs nothing, in a study of interviews only.
 * A source's kind is set when it is created and never changes (no trigger re-derives it); a quote whose
 * start moves to another turn re-derives its evidence (its date may be another row's).
 */
import type { Migration } from '../migration';

export const m0013Documents: Migration = {
  version: 13,
  name: 'documents',
  up(db) {
    db.exec(`
      ALTER TABLE interviews ADD COLUMN source_kind TEXT NOT NULL DEFAULT 'interview'
        CHECK (source_kind IN ('interview','crm_notes','product_analytics','support_tickets','reviews','social_media',
                               'industry_data','job_postings','survey_answers','win_loss_notes'));
      CREATE INDEX interviews_source_kind ON interviews(source_kind);
      ALTER TABLE transcript_segments ADD COLUMN dated_at INTEGER;

      DROP VIEW evidence_source;
      DROP VIEW quote_evidence;
      CREATE VIEW quote_evidence AS
        SELECT q.id AS quote_id, q.interview_id, p.id AS participant_id, p.company_id, p.segment_id,
               coalesce((SELECT ts.dated_at FROM transcript_segments ts WHERE ts.id = q.start_segment_id), i.date, q.created_at) AS at,
               q.starred, i.source_kind
          FROM quotes q
          JOIN interviews i ON i.id = q.interview_id
          JOIN participants p ON p.id = q.participant_id
         WHERE p.consent NOT IN ('declined', 'withdrawn')
           AND i.status <> 'cancelled';
      CREATE VIEW evidence_source AS
        SELECT c.id AS coding_id, c.tag_id, t.kind, c.stance, qe.quote_id, qe.interview_id,
               qe.participant_id, qe.company_id, qe.segment_id, qe.at, c.intensity, qe.starred,
               (SELECT count(*) FROM codings c2 WHERE c2.quote_id = qe.quote_id) AS ncodings, qe.source_kind
          FROM codings c
          JOIN tags t ON t.id = c.tag_id
          JOIN quote_evidence qe ON qe.quote_id = c.quote_id;

      -- Every existing row is an interview's: the default is the truth, nothing to re-derive.
      ALTER TABLE evidence ADD COLUMN source_kind TEXT NOT NULL DEFAULT 'interview';
      CREATE INDEX evidence_secondary ON evidence(tag_id, stance, source_kind, participant_id) WHERE source_kind <> 'interview';
      -- A quote's date is now its first turn's row date: moving its start to another turn re-derives it.
      CREATE TRIGGER evidence_quotes_start_au AFTER UPDATE OF start_segment_id ON quotes
        WHEN old.start_segment_id IS NOT new.start_segment_id BEGIN
        DELETE FROM evidence WHERE quote_id = new.id;
        INSERT INTO evidence SELECT * FROM evidence_source WHERE quote_id = new.id;
      END;
    `);
  },
};
