/**
 * v5: evidence you can trust (issue 11).
 *
 * - The evidence rule counts only words a known participant said. Whose words a quote holds is now a
 *   column, `quotes.participant_id`, kept by triggers: the participant its first turn's speaker is mapped
 *   to (when that speaker counts as evidence), or for a quote from interview notes the participant the
 *   researcher attributed it to (`quotes.attributed_participant_id`). Every read — counts, cards,
 *   citations, filters — uses that one column. Unmapped speakers and unattributed notes no longer count
 *   until the researcher maps them. The consent and cancellation part of the rule is the view
 *   `quote_evidence`; `evidence_source` (codings × quote_evidence) is what the `evidence` table holds.
 * - A coding has a stance: it supports its tag, or the participant says the opposite (`contradicts`).
 *   The evidence table carries the stance, so every roll-up can show supporters and contradictors apart.
 * - Names: participants and companies get aliases (short names people use) and participants an e-mail,
 *   so the pseudonymiser works from every name the project knows.
 * - Transcripts keep what is not speech (a title page before the first speaker) as a preface, a hash of
 *   the imported bytes (to warn about a file imported twice), and each turn keeps the start time of every
 *   cue merged into it (`cue_times`, JSON [[offset, ms], …] for cues after the first), so a quote's time
 *   is where its words are said, not where its turn starts.
 *
 * Existing note quotes are attributed to their interview's participant when it has exactly one.
 */
import type { Migration } from '../migration';

/** Whose words the quote row `q` (a table name or alias) holds, by the rule. */
const SAID_BY = (q: string) => `(CASE WHEN ${q}.source = 'note' THEN ${q}.attributed_participant_id
        ELSE (SELECT sp.participant_id FROM speakers sp WHERE sp.id = ${q}.speaker_id AND sp.counts_as_evidence = 1) END)`;

/** Re-derive the evidence rows of the quotes selected by `quotes` (an SQL expression over new/old). */
const refresh = (quotes: string) => `
        DELETE FROM evidence WHERE quote_id IN (${quotes});
        INSERT INTO evidence SELECT * FROM evidence_source WHERE quote_id IN (${quotes});`;

export const m0005EvidenceIntegrity: Migration = {
  version: 5,
  name: 'evidence-integrity',
  up(db) {
    db.exec(`
      DROP TRIGGER evidence_codings_ai;
      DROP TRIGGER evidence_codings_ad;
      DROP TRIGGER evidence_codings_au;
      DROP TRIGGER evidence_quotes_au;
      DROP TRIGGER evidence_speakers_au;
      DROP TRIGGER evidence_participants_au;
      DROP TRIGGER evidence_interviews_au;
      DROP TRIGGER evidence_tags_au;
      DROP TABLE evidence;
      DROP VIEW evidence_source;

      ALTER TABLE codings ADD COLUMN stance TEXT NOT NULL DEFAULT 'supports' CHECK (stance IN ('supports','contradicts'));

      -- Whose words a quote holds. attributed_participant_id is the researcher's choice for a note quote;
      -- participant_id is derived (kept by the triggers below) and is what every read uses: the mapped
      -- participant of the first turn's speaker when that speaker counts as evidence, or the attribution.
      ALTER TABLE quotes ADD COLUMN attributed_participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL;
      ALTER TABLE quotes ADD COLUMN participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL;
      CREATE INDEX quotes_attributed_participant ON quotes(attributed_participant_id);
      CREATE INDEX quotes_participant ON quotes(participant_id);

      ALTER TABLE participants ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases));
      ALTER TABLE participants ADD COLUMN email TEXT NOT NULL DEFAULT '';
      ALTER TABLE companies ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases));

      ALTER TABLE transcripts ADD COLUMN preface TEXT NOT NULL DEFAULT '';
      ALTER TABLE transcripts ADD COLUMN content_sha256 TEXT;
      CREATE INDEX transcripts_content ON transcripts(content_sha256) WHERE content_sha256 IS NOT NULL;
      ALTER TABLE transcript_segments ADD COLUMN cue_times TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cue_times));

      UPDATE quotes SET attributed_participant_id =
             (SELECT ip.participant_id FROM interview_participants ip WHERE ip.interview_id = quotes.interview_id)
       WHERE source = 'note'
         AND (SELECT count(*) FROM interview_participants ip WHERE ip.interview_id = quotes.interview_id) = 1;
      UPDATE quotes SET participant_id = ${SAID_BY('quotes')};

      -- These read the row as it is now (quotes.*), not new.*: the AFTER INSERT trigger of migration 0002
      -- may already have set speaker_id, and the order in which SQLite fires sibling triggers is not ours.
      CREATE TRIGGER quotes_participant_ai AFTER INSERT ON quotes BEGIN
        UPDATE quotes SET participant_id = ${SAID_BY('quotes')} WHERE id = new.id;
      END;
      CREATE TRIGGER quotes_participant_au AFTER UPDATE OF source, speaker_id, attributed_participant_id ON quotes BEGIN
        UPDATE quotes SET participant_id = ${SAID_BY('quotes')}
         WHERE id = new.id AND participant_id IS NOT ${SAID_BY('quotes')};
      END;
      CREATE TRIGGER speakers_participant_au AFTER UPDATE OF participant_id, counts_as_evidence ON speakers
        WHEN old.participant_id IS NOT new.participant_id OR old.counts_as_evidence IS NOT new.counts_as_evidence BEGIN
        UPDATE quotes SET participant_id = CASE WHEN new.counts_as_evidence = 1 THEN new.participant_id END
         WHERE speaker_id = new.id AND source = 'transcript';
      END;

      -- The rule, stated once: a quote counts as evidence when it holds a known participant's words, that
      -- participant has not declined or withdrawn consent, and the interview was not cancelled.
      CREATE VIEW quote_evidence AS
        SELECT q.id AS quote_id, q.interview_id, p.id AS participant_id, p.company_id, p.segment_id,
               coalesce(i.date, q.created_at) AS at, q.starred
          FROM quotes q
          JOIN interviews i ON i.id = q.interview_id
          JOIN participants p ON p.id = q.participant_id
         WHERE p.consent NOT IN ('declined', 'withdrawn')
           AND i.status <> 'cancelled';

      CREATE VIEW evidence_source AS
        SELECT c.id AS coding_id, c.tag_id, t.kind, c.stance, qe.quote_id, qe.interview_id,
               qe.participant_id, qe.company_id, qe.segment_id, qe.at, c.intensity, qe.starred,
               (SELECT count(*) FROM codings c2 WHERE c2.quote_id = qe.quote_id) AS ncodings
          FROM codings c
          JOIN tags t ON t.id = c.tag_id
          JOIN quote_evidence qe ON qe.quote_id = c.quote_id;

      CREATE TABLE evidence (
        coding_id INTEGER PRIMARY KEY REFERENCES codings(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        stance TEXT NOT NULL,
        quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
        interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        company_id INTEGER REFERENCES companies(id) ON DELETE SET NULL,
        segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
        at INTEGER NOT NULL,
        intensity INTEGER,
        starred INTEGER NOT NULL,
        ncodings INTEGER NOT NULL
      ) STRICT;
      -- Per-tag aggregates read only this index; representative quotes walk evidence_rank in order.
      CREATE INDEX evidence_tag ON evidence(tag_id, stance, participant_id, interview_id, company_id, intensity, at);
      CREATE INDEX evidence_rank ON evidence(tag_id, starred DESC, ncodings DESC, at DESC, quote_id DESC);
      CREATE INDEX evidence_kind ON evidence(kind, stance, quote_id, participant_id, interview_id, tag_id);
      CREATE INDEX evidence_quote ON evidence(quote_id);
      CREATE INDEX evidence_participant ON evidence(participant_id, tag_id);
      CREATE INDEX evidence_interview ON evidence(interview_id);

      INSERT INTO evidence SELECT * FROM evidence_source;

      CREATE TRIGGER evidence_codings_ai AFTER INSERT ON codings BEGIN ${refresh('new.quote_id')} END;
      CREATE TRIGGER evidence_codings_ad AFTER DELETE ON codings BEGIN ${refresh('old.quote_id')} END;
      CREATE TRIGGER evidence_codings_au AFTER UPDATE OF quote_id, tag_id, intensity, stance ON codings BEGIN
        ${refresh('old.quote_id, new.quote_id')}
      END;
      CREATE TRIGGER evidence_quotes_au AFTER UPDATE OF interview_id, participant_id, starred, created_at ON quotes
        WHEN old.interview_id IS NOT new.interview_id OR old.participant_id IS NOT new.participant_id
          OR old.starred IS NOT new.starred OR old.created_at IS NOT new.created_at BEGIN
        ${refresh('new.id')}
      END;
      CREATE TRIGGER evidence_participants_au AFTER UPDATE OF consent, company_id, segment_id ON participants
        WHEN old.consent IS NOT new.consent OR old.company_id IS NOT new.company_id OR old.segment_id IS NOT new.segment_id BEGIN
        ${refresh('SELECT id FROM quotes WHERE participant_id = new.id')}
      END;
      CREATE TRIGGER evidence_interviews_au AFTER UPDATE OF status, date ON interviews
        WHEN old.status IS NOT new.status OR old.date IS NOT new.date BEGIN
        ${refresh('SELECT id FROM quotes WHERE interview_id = new.id')}
      END;
      CREATE TRIGGER evidence_tags_au AFTER UPDATE OF kind ON tags WHEN old.kind IS NOT new.kind BEGIN
        UPDATE evidence SET kind = new.kind WHERE tag_id = new.id;
      END;
    `);
  },
};
