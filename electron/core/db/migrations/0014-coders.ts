/**
 * v14: coders — the researchers of a study (issue 18). A coder is a project row (name, initials,
 * colour and a GUID, so a colleague's copy merged later names the same person the same way); who is
 * coding right now is the user's setting, not the project's. Quotes, codings, citations, persona
 * attributes and notes record the coder who made them; rows from before are NULL (unknown coder).
 * The operation log records whose step each row is, so undo walks the current coder's own steps:
 * the partial undo index of 0009 gains the coder as its first column.
 */
import type { Migration } from '../migration';

export const m0014Coders: Migration = {
  version: 14,
  name: 'coders',
  up(db) {
    db.exec(`
      CREATE TABLE coders (
        id INTEGER PRIMARY KEY,
        guid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        initials TEXT NOT NULL CHECK (length(initials) BETWEEN 1 AND 4),
        colour TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
        created_at INTEGER NOT NULL
      ) STRICT;

      ALTER TABLE quotes ADD COLUMN coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL;
      ALTER TABLE codings ADD COLUMN coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL;
      ALTER TABLE citations ADD COLUMN coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL;
      ALTER TABLE attributes ADD COLUMN coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL;
      ALTER TABLE notes ADD COLUMN coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL;
      ALTER TABLE operations ADD COLUMN coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL;

      CREATE INDEX quotes_coder ON quotes(coder_id);
      CREATE INDEX codings_coder ON codings(coder_id, quote_id);

      DROP INDEX operations_undo;
      CREATE INDEX operations_undo ON operations(coder_id, undone, id) WHERE undoable = 1;
    `);
  },
};
