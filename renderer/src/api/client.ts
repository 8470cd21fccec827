/** The typed client: method names, inputs and outputs all come from shared/ipc/contract.ts. */
import type { DocumentStaged } from '../../../shared/domain/document';
import type { Interview } from '../../../shared/domain/interview';
import type { MergePreview } from '../../../shared/domain/merge';
import type { StagedTranscript } from '../../../shared/domain/transcript';
import type { ErrorCode } from '../../../shared/errors';
import { contract, type Input, type Method, type Output } from '../../../shared/ipc/contract';
import type { PushEvent } from '../../../shared/ipc/events';
import { ApiError } from './errors';
import type { Transport } from './transport';

/** What the status bar shows about writes: in flight, the last success, the last failure. */
export interface SaveState {
  pending: number;
  savedAt: number | null;
  failed: string | null;
}

/** Error codes that mean "the core said no", shown on the form, not in the status bar. */
const REFUSALS = new Set<ErrorCode>(['VALIDATION', 'CONFLICT', 'IN_USE', 'NOT_FOUND', 'CANCELLED']);

export class ApiClient {
  private save: SaveState = { pending: 0, savedAt: null, failed: null };
  private readonly saveListeners = new Set<() => void>();

  constructor(private readonly transport: Transport) {}

  /** Calls a contract method; resolves with its output or rejects with an ApiError. */
  async call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    const writes = contract[method].writes;
    if (writes) this.setSave({ ...this.save, pending: this.save.pending + 1 });
    const envelope = await this.transport.rpc(method, input);
    if (writes) {
      // A refused edit (a form error the user can fix) is not a lost change; a failing disk is.
      const lost = !envelope.ok && !REFUSALS.has(envelope.error.code) && !method.startsWith('project.');
      this.setSave({
        pending: this.save.pending - 1,
        savedAt: envelope.ok ? Date.now() : this.save.savedAt,
        failed: lost ? envelope.error.message : envelope.ok ? null : this.save.failed,
      });
    }
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.value as Output<M>;
  }

  /** Whether recordings are uploaded (the web host) rather than picked in the host's dialog (Electron). */
  get uploads(): boolean {
    return typeof this.transport.upload === 'function';
  }

  /**
   * A transcript for a preview, as raw bytes where the host takes uploads (the web host: no base64,
   * no JSON to parse on its answering thread); null where it does not (use imports.stageFile).
   */
  async stageUpload(file: File): Promise<StagedTranscript | null> {
    if (!this.transport.upload) return null;
    const envelope = await this.transport.upload(`upload/transcript?name=${encodeURIComponent(file.name)}`, file);
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.value as StagedTranscript;
  }

  /**
   * A CSV or XLSX export staged for document import as raw bytes where the host takes uploads (the
   * web host); null where it does not (the desktop app picks the file in main: documents.chooseFile).
   */
  async stageDocumentUpload(file: File): Promise<DocumentStaged | null> {
    if (!this.transport.upload) return null;
    const envelope = await this.transport.upload(`upload/document?name=${encodeURIComponent(file.name)}`, file);
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.value as DocumentStaged;
  }

  /**
   * A colleague's copy or a .qdpx streamed to the web host for a merge preview, with no size limit of
   * the window's bytes; null where the host takes no uploads (the desktop app: merge.chooseFile).
   */
  async stageMergeUpload(file: File): Promise<MergePreview | null> {
    if (!this.transport.upload) return null;
    const envelope = await this.transport.upload(`upload/merge?name=${encodeURIComponent(file.name)}`, file);
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.value as MergePreview;
  }

  /** Uploads a recording to the web host, which stores it beside the project and attaches it. */
  async uploadRecording(interviewId: number, file: File): Promise<Interview> {
    if (!this.transport.upload) {
      throw new ApiError({ code: 'VALIDATION', message: 'Attach the recording with “Attach recording…”.' });
    }
    this.setSave({ ...this.save, pending: this.save.pending + 1 });
    const envelope = await this.transport.upload(
      `upload/media/${interviewId}?name=${encodeURIComponent(file.name)}`,
      file,
    );
    this.setSave({
      pending: this.save.pending - 1,
      savedAt: envelope.ok ? Date.now() : this.save.savedAt,
      failed: this.save.failed,
    });
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.value as Interview;
  }

  onEvent(listener: (event: PushEvent) => void): () => void {
    return this.transport.onEvent(listener);
  }

  getSaveState = (): SaveState => this.save;

  onSaveState = (listener: () => void): (() => void) => {
    this.saveListeners.add(listener);
    return () => this.saveListeners.delete(listener);
  };

  private setSave(next: SaveState): void {
    this.save = next;
    for (const listener of this.saveListeners) listener();
  }
}
