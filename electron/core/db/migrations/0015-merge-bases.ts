/**
 * v15: merge bases (issue 18, item 2) — what a colleague's copy held when the two projects last agreed,
 * so a merge can tell "they changed it" from "I changed it" (a three-way merge). One row per snapshot:
 * the peer project's GUID, the merge step that wrote it (NULL: written when the copy was made) and the
 * content fingerprints of the merged tables as one JSON document. Naming the step instead of being
 * written through the change set keeps the undo payload small: an undone merge's row is simply ignored,
 * and comes back into force on redo. `seen_guid` names the peer's own record of this project that the
 * merge saw, so the next merge knows which of the two records is the more recent
 * (docs/architecture.md, "Merging a colleague's project").
 */
import type { Migration } from '../migration';

export const m0015MergeBases: Migration = {
  version: 15,
  name: 'merge bases',
  up(db) {
    db.exec(`
      CREATE TABLE merge_bases (
        id INTEGER PRIMARY KEY,
        guid TEXT NOT NULL UNIQUE,
        peer_guid TEXT NOT NULL,
        seen_guid TEXT,
        operation_id INTEGER REFERENCES operations(id) ON DELETE CASCADE,
        fingerprints TEXT NOT NULL CHECK (json_valid(fingerprints)),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX merge_bases_peer ON merge_bases(peer_guid, id);
      CREATE INDEX merge_bases_operation ON merge_bases(operation_id) WHERE operation_id IS NOT NULL;
    `);
  },
};
