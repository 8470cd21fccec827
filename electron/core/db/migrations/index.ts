/** Every migration, in order. Append only; a shipped migration is never edited. */
import type { Migration } from '../migration';
import { m0001Initial } from './0001-initial';
import { m0002QuoteSpeaker } from './0002-quote-speaker';
import { m0003ParticipantBehavior } from './0003-participant-behavior';
import { m0004Evidence } from './0004-evidence';
import { m0005EvidenceIntegrity } from './0005-evidence-integrity';
import { m0006NeutralPseudonyms } from './0006-neutral-pseudonyms';
import { m0009ReadIndexes } from './0009-read-indexes';
import { m0010ResearchPlan } from './0010-research-plan';
import { m0011PersonaReviews } from './0011-persona-reviews';
import { m0012IcpPersonas } from './0012-icp-personas';
import { m0013Documents } from './0013-documents';
import { m0014Coders } from './0014-coders';
import { m0015MergeBases } from './0015-merge-bases';
import { m0016EvidenceCompanyIndex } from './0016-evidence-company-index';

export const MIGRATIONS: readonly Migration[] = [
  m0001Initial,
  m0002QuoteSpeaker,
  m0003ParticipantBehavior,
  m0004Evidence,
  m0005EvidenceIntegrity,
  m0006NeutralPseudonyms,
  m0009ReadIndexes,
  m0010ResearchPlan,
  m0011PersonaReviews,
  m0012IcpPersonas,
  m0013Documents,
  m0014Coders,
  m0015MergeBases,
  m0016EvidenceCompanyIndex,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
