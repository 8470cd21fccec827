/**
 * Document import's calls as messages, so the same four steps run inline (tests, the CLI) or in the
 * import worker (the app and the web host), where reading 50,000 rows and storing them never stalls
 * the thread that answers the UI. The staged table stays where it was read; only the preview and the
 * result cross between threads.
 */
import type {
  DocumentCommitResult,
  DocumentMapping,
  DocumentPreview,
  DocumentStaged,
} from '../../../../shared/domain/document';
import type { SecondarySourceKind } from '../../../../shared/domain/framework';
import type { ProjectContext } from '../../context';
import { Staging } from '../staging';
import { commitDocument, previewDocument, stageDocumentFile, stageDocumentPath, type StagedDocument } from './importer';

export type DocumentCall =
  | { step: 'stage'; fileName: string; bytes: Uint8Array }
  /** A path the host's Open dialog gave (the desktop app): read where the call runs. */
  | { step: 'stagePath'; path: string }
  | { step: 'preview'; stagingId: string; mapping: DocumentMapping }
  | {
      step: 'commit';
      stagingId: string;
      mapping: DocumentMapping;
      sourceKind: SecondarySourceKind;
      title?: string | undefined;
    }
  | { step: 'discard'; stagingId: string };

export type DocumentReply<C extends DocumentCall> = C extends { step: 'stage' | 'stagePath' }
  ? DocumentStaged
  : C extends { step: 'preview' }
    ? DocumentPreview
    : C extends { step: 'commit' }
      ? DocumentCommitResult
      : boolean;

export function documentStaging(): Staging<StagedDocument> {
  return new Staging<StagedDocument>(
    () => Date.now(),
    () => `doc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
  );
}

/** Runs one call against `staging`; `ctx` is opened only by the steps that read or write the project. */
export async function runDocumentCall(
  staging: Staging<StagedDocument>,
  call: DocumentCall,
  ctx: () => ProjectContext,
  onProgress?: (done: number, total: number) => void,
): Promise<unknown> {
  switch (call.step) {
    case 'stage':
      return stageDocumentFile(staging, call.fileName, call.bytes);
    case 'stagePath':
      return stageDocumentPath(staging, call.path);
    case 'preview':
      return previewDocument(ctx(), staging, call);
    case 'commit':
      return commitDocument(ctx(), staging, call, onProgress);
    case 'discard':
      return staging.discard(call.stagingId);
  }
}
