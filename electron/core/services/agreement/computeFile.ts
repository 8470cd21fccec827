/**
 * Agreement computed through its own read-only connection, so it can run in the document worker
 * (renderDocument.ts) instead of on the thread that answers the UI: 1.5–2.3 s over a 500-interview
 * study (docs/benchmarks.md). It reads the last committed state, which every write the core has
 * answered already is.
 */
import type { AgreementReport, AgreementScope } from '../../../../shared/domain/agreementReport';
import { openReadOnlyConnection } from '../../db/secondary';
import { computeAgreement } from './compute';

/** Everything the computation needs, as plain data that crosses to a worker. */
export interface AgreementRead {
  projectPath: string;
  scope: AgreementScope;
  nativeBinding?: string;
}

export function agreementFromFile(read: AgreementRead): AgreementReport {
  const db = openReadOnlyConnection(read.projectPath, read.nativeBinding);
  try {
    return computeAgreement(db, read.scope);
  } finally {
    db.close();
  }
}
