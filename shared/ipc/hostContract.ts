/**
 * Methods only the host may call — never the renderer, whose transports do not reach them: they take
 * file paths, which come from the user through the host itself (Electron main's own dialogs and File
 * menu, the web host's command line). The core answers them through `core.host`, in the same write
 * order as every other write.
 */
import { z } from 'zod';
import { Id } from '../domain/common';
import { Interview } from '../domain/interview';
import { ProjectInfo } from '../domain/project';
import { method, type MethodSpec } from './method';

const Path = z.string().trim().min(1, 'A file path is required.').max(4096);

export const hostMethods = {
  'host.openProject': method(z.object({ path: Path }), ProjectInfo, { writes: true }),
  'host.createProject': method(
    z.object({ path: Path, name: z.string().trim().max(200).optional(), withDefaults: z.boolean().default(true) }),
    ProjectInfo,
    { writes: true },
  ),
  'host.setMedia': method(z.object({ interviewId: Id, path: Path.nullable() }), Interview, { writes: true }),
} as const satisfies Record<string, MethodSpec>;

export type HostMethod = keyof typeof hostMethods & string;
export type HostInput<M extends HostMethod> = z.input<(typeof hostMethods)[M]['input']>;
export type HostParsedInput<M extends HostMethod> = z.output<(typeof hostMethods)[M]['input']>;
export type HostOutput<M extends HostMethod> = z.output<(typeof hostMethods)[M]['output']>;
