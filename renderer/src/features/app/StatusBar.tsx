/** The bottom line: which project file is open, presentation mode, and whether every change is saved. */
import { useQuery, useSaveState } from '../../api/hooks';
import { useTasks } from '../../api/useTasks';
import { formatTime } from '../../ui/format';
import { PresentationToggle } from '../names/PresentationToggle';
import { useNames } from '../names/useNames';

export function StatusBar() {
  const info = useQuery('project.info', {});
  const save = useSaveState();
  const tasks = useTasks();
  const names = useNames();
  // A shared screen shows the file's name only, pseudonymised (its folder may name the researcher or a client).
  const path = info.data
    ? names.presenting
      ? names.text(info.data.path.replace(/^.*[\\/]/, ''))
      : info.data.path
    : '';
  const state =
    save.pending > 0
      ? { tone: 'busy', text: 'Saving…' }
      : save.failed
        ? { tone: 'failed', text: `Last change not saved: ${save.failed}` }
        : save.savedAt
          ? { tone: 'saved', text: `All changes saved · ${formatTime(save.savedAt)}` }
          : { tone: 'saved', text: 'All changes saved' };
  return (
    <footer className="status-bar">
      <span className="status-file" title={path || undefined}>
        {info.data ? path : info.error ? 'No project open' : ''}
      </span>
      <PresentationToggle />
      {tasks.map((task) => (
        <span key={task.taskId} className="status-task">
          {task.label}
          {task.total ? (
            <progress max={task.total} value={task.done} aria-label={task.label} />
          ) : (
            <progress aria-label={task.label} />
          )}
        </span>
      ))}
      <span className={`status-save status-${state.tone}`} role="status" aria-live="polite">
        <span className="status-dot" aria-hidden="true" />
        {state.text}
      </span>
    </footer>
  );
}
