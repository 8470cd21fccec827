/** Handler types derived from the contract: one function per method, input already parsed. */
import type { Method, Output, ParsedInput } from '../../../shared/ipc/contract';
import type { ProjectContext } from '../context';
import type { HostDialogs } from '../host';
import type { PathHandles } from '../project/handles';
import type { ProjectSession } from '../project/session';
import type { DocumentRenderer } from '../services/export/renderDocument';
import type { Importer } from '../services/transcripts/importer';
import type { TranscriptParser } from '../services/transcripts/parser';

export interface HandlerEnv {
  /** The open project; throws NO_PROJECT when none is open. */
  project(): ProjectContext;
  session: ProjectSession;
  /** Transcript import: inline in tests; parsing, previews and storing in a worker in the app and the web host. */
  importer: Importer;
  /** Parses the files of host.importFiles (the CLI's batches): a worker thread in the CLI, inline in tests. */
  parser: TranscriptParser;
  /** The desktop app's own file dialogs; null in the web host and in tests. */
  dialogs: HostDialogs | null;
  /** Opaque names the renderer uses for files the core knows (recent projects). */
  handles: PathHandles;
  /** Where the web host saves new projects (no dialogs there); null when nowhere. */
  projectsFolder: string | null;
  /** Writes PDF and DOCX files: inline in tests and the CLI; a worker thread in the app and the web host. */
  documents: DocumentRenderer;
}

export type Handler<M extends Method> = (input: ParsedInput<M>, env: HandlerEnv) => Output<M> | Promise<Output<M>>;

export type Handlers = { [M in Method]: Handler<M> };

export type HandlersOf<Spec> = { [M in keyof Spec & Method]: Handler<M> };
