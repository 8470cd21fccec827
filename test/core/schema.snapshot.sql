-- index attributes_persona
CREATE INDEX attributes_persona ON attributes(persona_id, section, position);

-- index citations_attribute
CREATE UNIQUE INDEX citations_attribute ON citations(attribute_id, quote_id) WHERE attribute_id IS NOT NULL;

-- index citations_icp
CREATE UNIQUE INDEX citations_icp ON citations(icp_statement_id, quote_id) WHERE icp_statement_id IS NOT NULL;

-- index citations_job
CREATE UNIQUE INDEX citations_job ON citations(job_id, quote_id) WHERE job_id IS NOT NULL;

-- index citations_quote
CREATE INDEX citations_quote ON citations(quote_id);

-- index citations_score
CREATE UNIQUE INDEX citations_score ON citations(company_score_id, quote_id) WHERE company_score_id IS NOT NULL;

-- index codings_coder
CREATE INDEX codings_coder ON codings(coder_id, quote_id);

-- index codings_pair
CREATE UNIQUE INDEX codings_pair ON codings(quote_id, tag_id);

-- index codings_tag
CREATE INDEX codings_tag ON codings(tag_id);

-- index companies_name
CREATE UNIQUE INDEX companies_name ON companies(name COLLATE NOCASE);

-- index company_scores_criterion
CREATE INDEX company_scores_criterion ON company_scores(criterion_id);

-- index company_scores_pair
CREATE UNIQUE INDEX company_scores_pair ON company_scores(company_id, criterion_id);

-- index evidence_company
CREATE INDEX evidence_company ON evidence(company_id);

-- index evidence_interview
CREATE INDEX evidence_interview ON evidence(interview_id);

-- index evidence_kind
CREATE INDEX evidence_kind ON evidence(kind, stance, quote_id, participant_id, interview_id, tag_id);

-- index evidence_participant
CREATE INDEX evidence_participant ON evidence(participant_id, tag_id);

-- index evidence_quote
CREATE INDEX evidence_quote ON evidence(quote_id);

-- index evidence_rank
CREATE INDEX evidence_rank ON evidence(tag_id, starred DESC, ncodings DESC, at DESC, quote_id DESC);

-- index evidence_secondary
CREATE INDEX evidence_secondary ON evidence(tag_id, stance, source_kind, participant_id) WHERE source_kind <> 'interview';

-- index evidence_stance
CREATE INDEX evidence_stance ON evidence(stance, quote_id, tag_id);

-- index evidence_stance_participant
CREATE INDEX evidence_stance_participant ON evidence(stance, participant_id, tag_id, interview_id, kind);

-- index evidence_tag
CREATE INDEX evidence_tag ON evidence(tag_id, stance, participant_id, interview_id, company_id, intensity, at);

-- index guide_items_order
CREATE UNIQUE INDEX guide_items_order ON guide_items(guide_id, position);

-- index guide_items_question
CREATE INDEX guide_items_question ON guide_items(question_id);

-- index icp_criteria_name
CREATE UNIQUE INDEX icp_criteria_name ON icp_criteria(name COLLATE NOCASE);

-- index interview_participants_participant
CREATE INDEX interview_participants_participant ON interview_participants(participant_id);

-- index interviews_date
CREATE INDEX interviews_date ON interviews(date);

-- index interviews_guide
CREATE INDEX interviews_guide ON interviews(guide_id);

-- index interviews_method
CREATE INDEX interviews_method ON interviews(method);

-- index interviews_order
CREATE INDEX interviews_order ON interviews(date IS NULL, date DESC, id);

-- index interviews_source_kind
CREATE INDEX interviews_source_kind ON interviews(source_kind);

-- index interviews_status
CREATE INDEX interviews_status ON interviews(status);

-- index job_personas_persona
CREATE INDEX job_personas_persona ON job_personas(persona_id);

-- index merge_bases_operation
CREATE INDEX merge_bases_operation ON merge_bases(operation_id) WHERE operation_id IS NOT NULL;

-- index merge_bases_peer
CREATE INDEX merge_bases_peer ON merge_bases(peer_guid, id);

-- index notes_interview
CREATE INDEX notes_interview ON notes(interview_id);

-- index operations_entity
CREATE INDEX operations_entity ON operations(entity, entity_id);

-- index operations_undo
CREATE INDEX operations_undo ON operations(coder_id, undone, id) WHERE undoable = 1;

-- index participants_company
CREATE INDEX participants_company ON participants(company_id);

-- index participants_consent
CREATE INDEX participants_consent ON participants(consent);

-- index participants_pseudonym
CREATE UNIQUE INDEX participants_pseudonym ON participants(pseudonym COLLATE NOCASE);

-- index participants_segment
CREATE INDEX participants_segment ON participants(segment_id);

-- index persona_members_participant
CREATE INDEX persona_members_participant ON persona_members(participant_id);

-- index persona_reviews_persona
CREATE INDEX persona_reviews_persona ON persona_reviews(persona_id, reviewed_at);

-- index plan_targets_scope
CREATE UNIQUE INDEX plan_targets_scope ON plan_targets(ifnull(persona_id, 0), ifnull(segment_id, 0), method);

-- index plan_targets_segment
CREATE INDEX plan_targets_segment ON plan_targets(segment_id) WHERE segment_id IS NOT NULL;

-- index questions_category
CREATE INDEX questions_category ON questions(category, archived);

-- index quotes_attributed_participant
CREATE INDEX quotes_attributed_participant ON quotes(attributed_participant_id);

-- index quotes_coder
CREATE INDEX quotes_coder ON quotes(coder_id);

-- index quotes_created
CREATE INDEX quotes_created ON quotes(created_at, id);

-- index quotes_end_segment
CREATE INDEX quotes_end_segment ON quotes(end_segment_id);

-- index quotes_flagged
CREATE INDEX quotes_flagged ON quotes(created_at, id) WHERE anchor_status = 'flagged';

-- index quotes_interview
CREATE INDEX quotes_interview ON quotes(interview_id);

-- index quotes_most_coded
CREATE INDEX quotes_most_coded ON quotes(coding_count, id);

-- index quotes_note
CREATE INDEX quotes_note ON quotes(note_id);

-- index quotes_participant
CREATE INDEX quotes_participant ON quotes(participant_id);

-- index quotes_speaker
CREATE INDEX quotes_speaker ON quotes(speaker_id);

-- index quotes_starred
CREATE INDEX quotes_starred ON quotes(created_at, id) WHERE starred = 1;

-- index quotes_start_segment
CREATE INDEX quotes_start_segment ON quotes(start_segment_id);

-- index segments_name
CREATE UNIQUE INDEX segments_name ON segments(name COLLATE NOCASE);

-- index speakers_label
CREATE UNIQUE INDEX speakers_label ON speakers(transcript_id, label);

-- index speakers_participant
CREATE INDEX speakers_participant ON speakers(participant_id);

-- index tags_kind
CREATE INDEX tags_kind ON tags(kind);

-- index tags_name
CREATE UNIQUE INDEX tags_name ON tags(coalesce(parent_id, 0), name COLLATE NOCASE);

-- index tags_parent
CREATE INDEX tags_parent ON tags(parent_id);

-- index tags_pinned
CREATE UNIQUE INDEX tags_pinned ON tags(pinned_slot) WHERE pinned_slot IS NOT NULL;

-- index transcript_segments_order
CREATE UNIQUE INDEX transcript_segments_order ON transcript_segments(transcript_id, seq);

-- index transcript_segments_speaker
CREATE INDEX transcript_segments_speaker ON transcript_segments(speaker_id);

-- index transcripts_content
CREATE INDEX transcripts_content ON transcripts(content_sha256) WHERE content_sha256 IS NOT NULL;

-- table attributes
CREATE TABLE attributes (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  persona_id INTEGER NOT NULL REFERENCES personas(id) ON DELETE CASCADE,
  section TEXT NOT NULL,
  field TEXT NOT NULL DEFAULT '',
  statement TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
  position INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'accepted' CHECK (status IN ('proposed','accepted','rejected')),
  origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual','draft')),
  source_tag_id INTEGER REFERENCES tags(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
, coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL) STRICT;

-- table citations
CREATE TABLE citations (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  attribute_id INTEGER REFERENCES attributes(id) ON DELETE CASCADE,
  job_id INTEGER REFERENCES job_statements(id) ON DELETE CASCADE,
  icp_statement_id INTEGER REFERENCES icp_statements(id) ON DELETE CASCADE,
  company_score_id INTEGER REFERENCES company_scores(id) ON DELETE CASCADE,
  polarity TEXT NOT NULL DEFAULT 'supports' CHECK (polarity IN ('supports','contradicts')),
  note TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL,
  CHECK ((attribute_id IS NOT NULL) + (job_id IS NOT NULL) + (icp_statement_id IS NOT NULL)
         + (company_score_id IS NOT NULL) = 1)
) STRICT;

-- table coders
CREATE TABLE coders (
        id INTEGER PRIMARY KEY,
        guid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        initials TEXT NOT NULL CHECK (length(initials) BETWEEN 1 AND 4),
        colour TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
        created_at INTEGER NOT NULL
      ) STRICT;

-- table codings
CREATE TABLE codings (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  intensity INTEGER CHECK (intensity BETWEEN 1 AND 5),
  created_at INTEGER NOT NULL
, stance TEXT NOT NULL DEFAULT 'supports' CHECK (stance IN ('supports','contradicts')), coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL) STRICT;

-- table companies
CREATE TABLE companies (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  industry TEXT NOT NULL DEFAULT '',
  employee_range TEXT NOT NULL DEFAULT '',
  annual_revenue TEXT NOT NULL DEFAULT '',
  geography TEXT NOT NULL DEFAULT '',
  growth_stage TEXT NOT NULL DEFAULT '' CHECK (growth_stage IN ('','startup','growth','enterprise')),
  current_stack TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(current_stack)),
  infrastructure TEXT NOT NULL DEFAULT '' CHECK (infrastructure IN ('','cloud','on_prem','hybrid')),
  tech_maturity TEXT NOT NULL DEFAULT '' CHECK (tech_maturity IN ('','early_adopter','mainstream','laggard')),
  buying_process TEXT NOT NULL DEFAULT '' CHECK (buying_process IN ('','simple','committee','procurement')),
  contract_value TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
, aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases))) STRICT;

-- table company_disqualifiers
CREATE TABLE company_disqualifiers (
  company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  statement_id INTEGER NOT NULL REFERENCES icp_statements(id) ON DELETE CASCADE,
  PRIMARY KEY (company_id, statement_id)
) STRICT, WITHOUT ROWID;

-- table company_scores
CREATE TABLE company_scores (
  id INTEGER PRIMARY KEY,
  company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  criterion_id INTEGER NOT NULL REFERENCES icp_criteria(id) ON DELETE CASCADE,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  note TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL
) STRICT;

-- table evidence
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
      , source_kind TEXT NOT NULL DEFAULT 'interview') STRICT;

-- table guide_items
CREATE TABLE guide_items (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  guide_id INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question_id INTEGER REFERENCES questions(id) ON DELETE RESTRICT,
  custom_text TEXT NOT NULL DEFAULT '',
  CHECK (question_id IS NOT NULL OR custom_text <> '')
) STRICT;

-- table guides
CREATE TABLE guides (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- table icp_criteria
CREATE TABLE icp_criteria (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  weight INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100),
  ideal TEXT NOT NULL DEFAULT '',
  good TEXT NOT NULL DEFAULT '',
  poor TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- table icp_personas
CREATE TABLE icp_personas (
        persona_id INTEGER NOT NULL PRIMARY KEY REFERENCES personas(id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;

-- table icp_statements
CREATE TABLE icp_statements (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  section TEXT NOT NULL CHECK (section IN
    ('firmographics','technographics','business','signal_positive','signal_negative','disqualifying')),
  field TEXT NOT NULL DEFAULT '',
  statement TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- table interview_participants
CREATE TABLE interview_participants (
  interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
  PRIMARY KEY (interview_id, participant_id)
) STRICT, WITHOUT ROWID;

-- table interview_questions
CREATE TABLE interview_questions (
  interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  guide_item_id INTEGER NOT NULL REFERENCES guide_items(id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','asked','skipped')),
  at_ms INTEGER,
  PRIMARY KEY (interview_id, guide_item_id)
) STRICT, WITHOUT ROWID;

-- table interviews
CREATE TABLE interviews (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  date INTEGER,
  method TEXT NOT NULL DEFAULT 'customer_interview'
    CHECK (method IN ('customer_interview','sales_interview','cs_interview','win_loss','survey','observation')),
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned','conducted','transcribed','coded','cancelled')),
  interviewer TEXT NOT NULL DEFAULT '',
  guide_id INTEGER REFERENCES guides(id) ON DELETE SET NULL,
  summary TEXT NOT NULL DEFAULT '',
  media_path TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
, source_kind TEXT NOT NULL DEFAULT 'interview'
        CHECK (source_kind IN ('interview','crm_notes','product_analytics','support_tickets','reviews','social_media',
                               'industry_data','job_postings','survey_answers','win_loss_notes'))) STRICT;

-- table job_personas
CREATE TABLE job_personas (
  job_id INTEGER NOT NULL REFERENCES job_statements(id) ON DELETE CASCADE,
  persona_id INTEGER NOT NULL REFERENCES personas(id) ON DELETE CASCADE,
  PRIMARY KEY (job_id, persona_id)
) STRICT, WITHOUT ROWID;

-- table job_statements
CREATE TABLE job_statements (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  situation TEXT NOT NULL,
  motivation TEXT NOT NULL,
  outcome TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'functional' CHECK (kind IN ('functional','emotional','social','related')),
  stage TEXT CHECK (stage IN ('define','locate','prepare','confirm','execute','monitor','modify','conclude')),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- table merge_bases
CREATE TABLE merge_bases (
        id INTEGER PRIMARY KEY,
        guid TEXT NOT NULL UNIQUE,
        peer_guid TEXT NOT NULL,
        seen_guid TEXT,
        operation_id INTEGER REFERENCES operations(id) ON DELETE CASCADE,
        fingerprints TEXT NOT NULL CHECK (json_valid(fingerprints)),
        created_at INTEGER NOT NULL
      ) STRICT;

-- table notes
CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  interview_id INTEGER REFERENCES interviews(id) ON DELETE CASCADE,
  guide_item_id INTEGER REFERENCES guide_items(id) ON DELETE SET NULL,
  title TEXT NOT NULL DEFAULT '',
  doc TEXT NOT NULL CHECK (json_valid(doc)),
  plain_text TEXT NOT NULL DEFAULT '',
  revision INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
, coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL) STRICT;

-- table notes_fts
CREATE VIRTUAL TABLE notes_fts USING fts5(
  plain_text, content='notes', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

-- table notes_fts_config
CREATE TABLE 'notes_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table notes_fts_data
CREATE TABLE 'notes_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table notes_fts_docsize
CREATE TABLE 'notes_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table notes_fts_idx
CREATE TABLE 'notes_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table operations
CREATE TABLE operations (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
  undoable INTEGER NOT NULL DEFAULT 0 CHECK (undoable IN (0,1)),
  undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0,1))
, coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL) STRICT;

-- table participants
CREATE TABLE participants (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  pseudonym TEXT NOT NULL,
  real_name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  career_stage TEXT NOT NULL DEFAULT '' CHECK (career_stage IN ('','ic','manager','director','vp','c_level')),
  company_id INTEGER REFERENCES companies(id) ON DELETE RESTRICT,
  segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
  consent TEXT NOT NULL DEFAULT 'pending' CHECK (consent IN ('pending','verbal','written','declined','withdrawn')),
  consent_at INTEGER,
  notes TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
, behavior TEXT NOT NULL DEFAULT ''
        CHECK (behavior IN ('','power','regular','at_risk','new')), aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)), email TEXT NOT NULL DEFAULT '') STRICT;

-- table persona_checks
CREATE TABLE persona_checks (
  persona_id INTEGER NOT NULL REFERENCES personas(id) ON DELETE CASCADE,
  check_key TEXT NOT NULL,
  done_at INTEGER,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (persona_id, check_key)
) STRICT, WITHOUT ROWID;

-- table persona_members
CREATE TABLE persona_members (
  persona_id INTEGER NOT NULL REFERENCES personas(id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
  PRIMARY KEY (persona_id, participant_id)
) STRICT, WITHOUT ROWID;

-- table persona_reviews
CREATE TABLE persona_reviews (
        id INTEGER PRIMARY KEY,
        persona_id INTEGER NOT NULL REFERENCES personas(id) ON DELETE CASCADE,
        reviewed_at INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
      ) STRICT;

-- table personas
CREATE TABLE personas (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('buyer','user')),
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  reports_to TEXT NOT NULL DEFAULT '',
  tier INTEGER CHECK (tier BETWEEN 1 AND 3),
  membership TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(membership)),
  summary TEXT NOT NULL DEFAULT '',
  last_reviewed_at INTEGER,
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0,1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- table plan_targets
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

-- table project_meta
CREATE TABLE project_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- table questions
CREATE TABLE questions (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  category TEXT NOT NULL
    CHECK (category IN ('role_context','goals','pain_points','buying_behavior','information_sources','jtbd','custom')),
  text TEXT NOT NULL,
  follow_ups TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(follow_ups)),
  informs TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(informs)),
  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0,1)),
  favourite INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0,1)),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0,1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- table quotes
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  source TEXT NOT NULL DEFAULT 'transcript' CHECK (source IN ('transcript','note')),
  start_segment_id INTEGER REFERENCES transcript_segments(id) ON DELETE SET NULL,
  start_offset INTEGER NOT NULL DEFAULT 0 CHECK (start_offset >= 0),
  end_segment_id INTEGER REFERENCES transcript_segments(id) ON DELETE SET NULL,
  end_offset INTEGER NOT NULL DEFAULT 0 CHECK (end_offset >= 0),
  note_id INTEGER REFERENCES notes(id) ON DELETE CASCADE,
  exact_text TEXT NOT NULL,
  prefix TEXT NOT NULL DEFAULT '',
  suffix TEXT NOT NULL DEFAULT '',
  anchor_status TEXT NOT NULL DEFAULT 'ok' CHECK (anchor_status IN ('ok','flagged')),
  starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0,1)),
  comment TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
, speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL, attributed_participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL, participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL, coding_count INTEGER NOT NULL DEFAULT 0, coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL) STRICT;

-- table quotes_fts
CREATE VIRTUAL TABLE quotes_fts USING fts5(
  exact_text, comment, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

-- table quotes_fts_config
CREATE TABLE 'quotes_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table quotes_fts_data
CREATE TABLE 'quotes_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table quotes_fts_docsize
CREATE TABLE 'quotes_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table quotes_fts_idx
CREATE TABLE 'quotes_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table segments
CREATE TABLE segments (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  approach TEXT NOT NULL DEFAULT 'manual'
    CHECK (approach IN ('manual','demographic','firmographic','behavioral','needs','value','psychographic')),
  behavior_label TEXT NOT NULL DEFAULT '' CHECK (behavior_label IN ('','power','regular','at_risk','new')),
  rule TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(rule)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- table settings
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

-- table speakers
CREATE TABLE speakers (
  id INTEGER PRIMARY KEY,
  transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'participant' CHECK (role IN ('participant','interviewer','other')),
  participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
  counts_as_evidence INTEGER NOT NULL DEFAULT 1 CHECK (counts_as_evidence IN (0,1))
) STRICT;

-- table tags
CREATE TABLE tags (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  parent_id INTEGER REFERENCES tags(id) ON DELETE RESTRICT,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'theme' CHECK (kind IN (
    'pain_point','goal','objection','decision_criterion','trigger_event','information_source','tool_stack',
    'jtbd_functional','jtbd_emotional','jtbd_social','jtbd_related','job_stage','theme','other')),
  colour TEXT NOT NULL DEFAULT '#8a8f98',
  definition TEXT NOT NULL DEFAULT '',
  examples TEXT NOT NULL DEFAULT '',
  pinned_slot INTEGER CHECK (pinned_slot BETWEEN 1 AND 9),
  position INTEGER NOT NULL DEFAULT 0,
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0,1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- table transcript_fts
CREATE VIRTUAL TABLE transcript_fts USING fts5(
  text, content='transcript_segments', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

-- table transcript_fts_config
CREATE TABLE 'transcript_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table transcript_fts_data
CREATE TABLE 'transcript_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table transcript_fts_docsize
CREATE TABLE 'transcript_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table transcript_fts_idx
CREATE TABLE 'transcript_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table transcript_segments
CREATE TABLE transcript_segments (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
  start_ms INTEGER,
  end_ms INTEGER,
  text TEXT NOT NULL
, cue_times TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cue_times)), dated_at INTEGER) STRICT;

-- table transcripts
CREATE TABLE transcripts (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  interview_id INTEGER NOT NULL UNIQUE REFERENCES interviews(id) ON DELETE CASCADE,
  source_name TEXT NOT NULL DEFAULT '',
  format TEXT NOT NULL,
  encoding TEXT NOT NULL DEFAULT 'utf-8',
  duration_ms INTEGER,
  revision INTEGER NOT NULL DEFAULT 1,
  imported_at INTEGER NOT NULL
, preface TEXT NOT NULL DEFAULT '', content_sha256 TEXT) STRICT;

-- trigger codings_count_ad
CREATE TRIGGER codings_count_ad AFTER DELETE ON codings BEGIN
        UPDATE quotes SET coding_count = coding_count - 1 WHERE id = old.quote_id;
      END;

-- trigger codings_count_ai
CREATE TRIGGER codings_count_ai AFTER INSERT ON codings BEGIN
        UPDATE quotes SET coding_count = coding_count + 1 WHERE id = new.quote_id;
      END;

-- trigger codings_count_au
CREATE TRIGGER codings_count_au AFTER UPDATE OF quote_id ON codings WHEN old.quote_id <> new.quote_id BEGIN
        UPDATE quotes SET coding_count = coding_count - 1 WHERE id = old.quote_id;
        UPDATE quotes SET coding_count = coding_count + 1 WHERE id = new.quote_id;
      END;

-- trigger evidence_codings_ad
CREATE TRIGGER evidence_codings_ad AFTER DELETE ON codings BEGIN
        DELETE FROM evidence WHERE quote_id IN (old.quote_id);
        INSERT INTO evidence SELECT * FROM evidence_source WHERE quote_id IN (old.quote_id); END;

-- trigger evidence_codings_ai
CREATE TRIGGER evidence_codings_ai AFTER INSERT ON codings BEGIN
        DELETE FROM evidence WHERE quote_id IN (new.quote_id);
        INSERT INTO evidence SELECT * FROM evidence_source WHERE quote_id IN (new.quote_id); END;

-- trigger evidence_codings_au
CREATE TRIGGER evidence_codings_au AFTER UPDATE OF quote_id, tag_id, intensity, stance ON codings BEGIN

        DELETE FROM evidence WHERE quote_id IN (old.quote_id, new.quote_id);
        INSERT INTO evidence SELECT * FROM evidence_source WHERE quote_id IN (old.quote_id, new.quote_id);
      END;

-- trigger evidence_interviews_au
CREATE TRIGGER evidence_interviews_au AFTER UPDATE OF status, date ON interviews
        WHEN old.status IS NOT new.status OR old.date IS NOT new.date BEGIN

        DELETE FROM evidence WHERE quote_id IN (SELECT id FROM quotes WHERE interview_id = new.id);
        INSERT INTO evidence SELECT * FROM evidence_source WHERE quote_id IN (SELECT id FROM quotes WHERE interview_id = new.id);
      END;

-- trigger evidence_participants_au
CREATE TRIGGER evidence_participants_au AFTER UPDATE OF consent, company_id, segment_id ON participants
        WHEN old.consent IS NOT new.consent OR old.company_id IS NOT new.company_id OR old.segment_id IS NOT new.segment_id BEGIN

        DELETE FROM evidence WHERE quote_id IN (SELECT id FROM quotes WHERE participant_id = new.id);
        INSERT INTO evidence SELECT * FROM evidence_source WHERE quote_id IN (SELECT id FROM quotes WHERE participant_id = new.id);
      END;

-- trigger evidence_quotes_au
CREATE TRIGGER evidence_quotes_au AFTER UPDATE OF interview_id, participant_id, starred, created_at ON quotes
        WHEN old.interview_id IS NOT new.interview_id OR old.participant_id IS NOT new.participant_id
          OR old.starred IS NOT new.starred OR old.created_at IS NOT new.created_at BEGIN

        DELETE FROM evidence WHERE quote_id IN (new.id);
        INSERT INTO evidence SELECT * FROM evidence_source WHERE quote_id IN (new.id);
      END;

-- trigger evidence_quotes_start_au
CREATE TRIGGER evidence_quotes_start_au AFTER UPDATE OF start_segment_id ON quotes
        WHEN old.start_segment_id IS NOT new.start_segment_id BEGIN
        DELETE FROM evidence WHERE quote_id = new.id;
        INSERT INTO evidence SELECT * FROM evidence_source WHERE quote_id = new.id;
      END;

-- trigger evidence_tags_au
CREATE TRIGGER evidence_tags_au AFTER UPDATE OF kind ON tags WHEN old.kind IS NOT new.kind BEGIN
        UPDATE evidence SET kind = new.kind WHERE tag_id = new.id;
      END;

-- trigger notes_fts_ad
CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes BEGIN
  INSERT INTO notes_fts(notes_fts, rowid, plain_text) VALUES ('delete', old.id, old.plain_text);
END;

-- trigger notes_fts_ai
CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN
  INSERT INTO notes_fts(rowid, plain_text) VALUES (new.id, new.plain_text);
END;

-- trigger notes_fts_au
CREATE TRIGGER notes_fts_au AFTER UPDATE OF plain_text ON notes BEGIN
  INSERT INTO notes_fts(notes_fts, rowid, plain_text) VALUES ('delete', old.id, old.plain_text);
  INSERT INTO notes_fts(rowid, plain_text) VALUES (new.id, new.plain_text);
END;

-- trigger quotes_coding_count_ai
CREATE TRIGGER quotes_coding_count_ai AFTER INSERT ON quotes WHEN new.coding_count <> 0 BEGIN
        UPDATE quotes SET coding_count = 0 WHERE id = new.id;
      END;

-- trigger quotes_fts_ad
CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, exact_text, comment) VALUES ('delete', old.id, old.exact_text, old.comment);
END;

-- trigger quotes_fts_ai
CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, exact_text, comment) VALUES (new.id, new.exact_text, new.comment);
END;

-- trigger quotes_fts_au
CREATE TRIGGER quotes_fts_au AFTER UPDATE OF exact_text, comment ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, exact_text, comment) VALUES ('delete', old.id, old.exact_text, old.comment);
  INSERT INTO quotes_fts(rowid, exact_text, comment) VALUES (new.id, new.exact_text, new.comment);
END;

-- trigger quotes_participant_ai
CREATE TRIGGER quotes_participant_ai AFTER INSERT ON quotes BEGIN
        UPDATE quotes SET participant_id = (CASE WHEN quotes.source = 'note' THEN quotes.attributed_participant_id
        ELSE (SELECT sp.participant_id FROM speakers sp WHERE sp.id = quotes.speaker_id AND sp.counts_as_evidence = 1) END) WHERE id = new.id;
      END;

-- trigger quotes_participant_au
CREATE TRIGGER quotes_participant_au AFTER UPDATE OF source, speaker_id, attributed_participant_id ON quotes BEGIN
        UPDATE quotes SET participant_id = (CASE WHEN quotes.source = 'note' THEN quotes.attributed_participant_id
        ELSE (SELECT sp.participant_id FROM speakers sp WHERE sp.id = quotes.speaker_id AND sp.counts_as_evidence = 1) END)
         WHERE id = new.id AND participant_id IS NOT (CASE WHEN quotes.source = 'note' THEN quotes.attributed_participant_id
        ELSE (SELECT sp.participant_id FROM speakers sp WHERE sp.id = quotes.speaker_id AND sp.counts_as_evidence = 1) END);
      END;

-- trigger quotes_speaker_ai
CREATE TRIGGER quotes_speaker_ai AFTER INSERT ON quotes WHEN new.start_segment_id IS NOT NULL BEGIN
        UPDATE quotes SET speaker_id = (SELECT s.speaker_id FROM transcript_segments s WHERE s.id = new.start_segment_id)
         WHERE id = new.id;
      END;

-- trigger quotes_speaker_au
CREATE TRIGGER quotes_speaker_au AFTER UPDATE OF start_segment_id ON quotes BEGIN
        UPDATE quotes SET speaker_id = (SELECT s.speaker_id FROM transcript_segments s WHERE s.id = new.start_segment_id)
         WHERE id = new.id;
      END;

-- trigger speakers_participant_au
CREATE TRIGGER speakers_participant_au AFTER UPDATE OF participant_id, counts_as_evidence ON speakers
        WHEN old.participant_id IS NOT new.participant_id OR old.counts_as_evidence IS NOT new.counts_as_evidence BEGIN
        UPDATE quotes SET participant_id = CASE WHEN new.counts_as_evidence = 1 THEN new.participant_id END
         WHERE speaker_id = new.id AND source = 'transcript';
      END;

-- trigger transcript_fts_ad
CREATE TRIGGER transcript_fts_ad AFTER DELETE ON transcript_segments BEGIN
  INSERT INTO transcript_fts(transcript_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- trigger transcript_fts_ai
CREATE TRIGGER transcript_fts_ai AFTER INSERT ON transcript_segments BEGIN
  INSERT INTO transcript_fts(rowid, text) VALUES (new.id, new.text);
END;

-- trigger transcript_fts_au
CREATE TRIGGER transcript_fts_au AFTER UPDATE OF text ON transcript_segments BEGIN
  INSERT INTO transcript_fts(transcript_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO transcript_fts(rowid, text) VALUES (new.id, new.text);
END;

-- trigger transcript_segments_speaker_au
CREATE TRIGGER transcript_segments_speaker_au AFTER UPDATE OF speaker_id ON transcript_segments BEGIN
        UPDATE quotes SET speaker_id = new.speaker_id WHERE start_segment_id = new.id;
      END;

-- view evidence_source
CREATE VIEW evidence_source AS
        SELECT c.id AS coding_id, c.tag_id, t.kind, c.stance, qe.quote_id, qe.interview_id,
               qe.participant_id, qe.company_id, qe.segment_id, qe.at, c.intensity, qe.starred,
               (SELECT count(*) FROM codings c2 WHERE c2.quote_id = qe.quote_id) AS ncodings, qe.source_kind
          FROM codings c
          JOIN tags t ON t.id = c.tag_id
          JOIN quote_evidence qe ON qe.quote_id = c.quote_id;

-- view quote_evidence
CREATE VIEW quote_evidence AS
        SELECT q.id AS quote_id, q.interview_id, p.id AS participant_id, p.company_id, p.segment_id,
               coalesce((SELECT ts.dated_at FROM transcript_segments ts WHERE ts.id = q.start_segment_id), i.date, q.created_at) AS at,
               q.starred, i.source_kind
          FROM quotes q
          JOIN interviews i ON i.id = q.interview_id
          JOIN participants p ON p.id = q.participant_id
         WHERE p.consent NOT IN ('declined', 'withdrawn')
           AND i.status <> 'cancelled';
