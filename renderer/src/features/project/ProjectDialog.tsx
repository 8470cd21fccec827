/**
 * Switch projects: reopen a recent one, open another file, or create a new one. The page never
 * sends a path: recent projects go by the handle the core gave them; "Open a project file…" and
 * the place to save a new project are the desktop app's own dialogs; the web host saves new
 * projects in its projects folder.
 */
import { useState } from 'react';
import type { ProjectInfo } from '../../../../shared/domain/project';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField, useFormId } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import { BackupsDialog } from '../backups/BackupsDialog';
import { MergeActions } from '../merge/MergeActions';
import { RefiActions } from '../refi/RefiActions';

export function ProjectDialog({ current, onClose }: { current: ProjectInfo | null; onClose(): void }) {
  const recent = useQuery('project.recent', {});
  const host = useQuery('project.host', {}, { errors: 'toast' });
  const open = useMutation('project.open');
  const choose = useMutation('project.choose');
  const create = useMutation('project.create');
  const forget = useMutation('project.forgetRecent');
  const createFormId = useFormId('new-project');
  const [newName, setNewName] = useState('');
  const [showBackups, setShowBackups] = useState(false);

  async function openRecent(handle: string) {
    if (await open.run({ handle })) onClose();
  }

  const others = (recent.data ?? []).filter((project) => project.path !== current?.path);

  return (
    <Dialog
      title="Projects"
      description="Each project is one .groundwork file holding a whole study."
      onClose={onClose}
    >
      <div className="dialog-body">
        {current ? (
          <section className="project-current" aria-label="Open project">
            <p className="detail-heading">Open now</p>
            <p className="project-current-name">{current.name}</p>
            <p className="project-path">{current.path}</p>
            <button type="button" className="btn" onClick={() => setShowBackups(true)}>
              Backups…
            </button>
            {showBackups ? <BackupsDialog onClose={() => setShowBackups(false)} /> : null}
          </section>
        ) : null}
        {current ? <RefiActions onNavigate={onClose} /> : null}
        {current ? <MergeActions /> : null}

        <section aria-labelledby="recent-heading">
          <h3 id="recent-heading" className="section-heading">
            Recent projects
          </h3>
          {recent.error ? (
            <ErrorNotice
              title="Recent projects could not be listed"
              message={recent.error.message}
              onRetry={() => void recent.refetch()}
            />
          ) : null}
          {(open.error ?? choose.error) ? (
            <ErrorNotice title="That project could not be opened" message={(open.error ?? choose.error)!.message} />
          ) : null}
          {others.length === 0 && !recent.loading ? <p className="muted">No other projects opened recently.</p> : null}
          <ul className="recent-list">
            {others.map((project) => (
              <li key={project.path} className="recent-item">
                <button
                  type="button"
                  className="recent-open"
                  onClick={() => void openRecent(project.handle)}
                  disabled={open.pending}
                >
                  <span className="recent-name">{project.name}</span>
                  <span className="project-path">{project.path}</span>
                  <span className="recent-date">Opened {formatDate(project.openedAt)}</span>
                </button>
                <button
                  type="button"
                  className="btn btn-quiet"
                  aria-label={`Remove ${project.name} from recent projects`}
                  onClick={() => void forget.run({ handle: project.handle })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </section>

        {host.data?.fileDialogs ? (
          <div className="project-form">
            <button
              type="button"
              className="btn"
              disabled={choose.pending}
              onClick={async () => {
                if (await choose.run({})) onClose();
              }}
            >
              Open a project file…
            </button>
          </div>
        ) : null}

        <form
          className="project-form"
          aria-labelledby={`${createFormId}-heading`}
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            if (await create.run({ name: newName })) onClose();
          }}
        >
          <h3 id={`${createFormId}-heading`} className="section-heading">
            New project
          </h3>
          <ErrorSummary
            formId={createFormId}
            message={create.error && !create.error.fields['name'] ? create.error.message : null}
            fields={create.error?.fields ?? {}}
            labels={{ name: 'Name' }}
          />
          <TextField
            formId={createFormId}
            name="name"
            label="Name"
            required
            hint={
              host.data?.fileDialogs
                ? 'You choose where to save it next.'
                : host.data?.projectsFolder
                  ? `Saved as a .groundwork file in ${host.data.projectsFolder}.`
                  : undefined
            }
            value={newName}
            onChange={setNewName}
            error={create.error?.fields['name']}
          />
          <div className="form-end">
            <button type="submit" className="btn btn-primary" disabled={create.pending}>
              {create.pending ? 'Creating…' : 'Create project'}
            </button>
          </div>
        </form>
      </div>
    </Dialog>
  );
}
