/**
 * Methods only the host may call — never the renderer, whose transports do not reach them: they take
 * file paths, which come from the user through the host itself (Electron main's own dialogs and File
 * menu, the web host's and the CLI's command line). The core answers them through `core.host`, in the
 * same write order as every other write.
 */
import { z } from 'zod';
import { Id } from '../domain/common';
import { Interview } from '../domain/interview';
import { ProjectInfo } from '../domain/project';
import { ColleagueCopy, MergePreview } from '../domain/merge';
import { RefiImportResult } from '../domain/refi';
import { DuplicateOf, StagedTranscript } from '../domain/transcript';
import type { Input, Method, Output } from './contract';
import { method, type MethodSpec } from './method';

const Path = z.string().trim().min(1, 'A file path is required.').max(4096);

/** What became of one file of host.importFiles. */
const FileOutcome = z.object({
  file: z.string(),
  ok: z.boolean(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  staged: StagedTranscript.optional(),
  interviewId: Id.optional(),
  skipped: z.array(DuplicateOf).optional(),
});

export const hostMethods = {
  'host.openProject': method(z.object({ path: Path }), ProjectInfo, { writes: true }),
  'host.createProject': method(
    z.object({ path: Path, name: z.string().trim().max(200).optional(), withDefaults: z.boolean().default(true) }),
    ProjectInfo,
    { writes: true },
  ),
  'host.setMedia': method(z.object({ interviewId: Id, path: Path.nullable() }), Interview, { writes: true }),
  /**
   * Transcript files imported into new interviews, one outcome per file (`groundwork import`): a
   * failed file is reported and the others still import; content already in the project is skipped
   * unless duplicates are imported.
   */
  'host.importFiles': method(
    z.object({
      paths: z.array(Path).min(1).max(100_000),
      fast: z.boolean().default(false),
      duplicates: z.enum(['skip', 'import']).default('skip'),
    }),
    z.array(FileOutcome),
    { writes: true },
  ),
  /** A REFI-QDA project or codebook read from a file and imported at once (`groundwork import-qdpx`). */
  'host.importRefiFile': method(z.object({ path: Path }), RefiImportResult, { writes: true }),
  /** A colleague's copy of the project staged for merge.commit (`groundwork merge`, the desktop dialog). */
  'host.stageMergeFile': method(z.object({ path: Path }), MergePreview, { writes: false }),
  /** A copy of the project for a colleague written to a path; both projects record what they share. */
  'host.copyForColleague': method(z.object({ path: Path }), ColleagueCopy, { writes: true }),
} as const satisfies Record<string, MethodSpec>;

export type HostMethod = keyof typeof hostMethods & string;
export type HostInput<M extends HostMethod> = z.input<(typeof hostMethods)[M]['input']>;
export type HostParsedInput<M extends HostMethod> = z.output<(typeof hostMethods)[M]['input']>;
export type HostOutput<M extends HostMethod> = z.output<(typeof hostMethods)[M]['output']>;

/** Every method the host's own dispatch answers: the contract and host.*. */
export type AnyMethod = Method | HostMethod;
export type AnyInput<M extends AnyMethod> = M extends HostMethod ? HostInput<M> : M extends Method ? Input<M> : never;
export type AnyOutput<M extends AnyMethod> = M extends HostMethod
  ? HostOutput<M>
  : M extends Method
    ? Output<M>
    : never;
