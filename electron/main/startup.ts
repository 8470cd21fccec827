/** Which project the app opens at start, through the core's host dispatch (paths from main, not the UI). */
import { DEFAULT_PROJECT_NAME } from '../../shared/domain/project';
import type { Envelope } from '../../shared/ipc/envelope';
import { defaultProjectPath } from './paths';

type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/**
 * Reopens the most recent project that still exists; otherwise opens the default project in the
 * user data folder, creating it on first start. Returns the failure to show: when the recent
 * project could not be reopened (open in another window, damaged…) the app still starts on the
 * default project, and says why.
 */
export async function openStartupProject(
  dispatch: Dispatch,
  userDataDir: string,
  /** True when a file is at this path. */
  exists: (file: string) => boolean,
): Promise<Envelope<unknown>> {
  const recent = await dispatch('project.recent', {});
  const candidates = recent.ok && Array.isArray(recent.value) ? (recent.value as { path: string }[]) : [];
  const last = candidates.find((entry) => typeof entry.path === 'string' && exists(entry.path));
  let refusal: Envelope<unknown> | null = null;
  if (last) {
    const opened = await dispatch('host.openProject', { path: last.path });
    if (opened.ok) return opened;
    refusal = opened;
  }
  const fallback = defaultProjectPath(userDataDir);
  if (last?.path === fallback) return refusal!;
  const started = exists(fallback)
    ? await dispatch('host.openProject', { path: fallback })
    : await dispatch('host.createProject', { path: fallback, name: DEFAULT_PROJECT_NAME });
  return started.ok && refusal ? refusal : started;
}
