/**
 * Switch projects: reopen a recent one, open a file by path, or create a new one. In the web host
 * paths are typed; the desktop app will offer native file dialogs through the same methods.
 */
import { useState } from 'react';
import type { ProjectInfo } from '../../../../shared/domain/project';
import { useMutation, useQuery } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField, useFormId } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import { BackupsDialog } from '../backups/BackupsDialog';
import { RefiActions } from '../refi/RefiActions';

export function ProjectDialog({ current, onClose }: { current: ProjectInfo | null; onClose(): void }) {
  const recent = useQuery('project.recent', {});
  const open = useMutation('project.open', ['project']);
  const create = useMutation('project.create', ['project']);
  const forget = useMutation('project.forgetRecent', ['project']);
  const openFormId = useFormId('open-project');
  const createFormId = useFormId('new-project');
  const [openPath, setOpenPath] = useState('');
  const [newPath, setNewPath] = useState('');
  const [newName, setNewName] = useState('');
  const [showBackups, setShowBackups] = useState(false);

  async function openAt(path: string) {
    if (await open.run({ path })) onClose();
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
          {open.error && !openPath ? (
            <ErrorNotice title="That project could not be opened" message={open.error.message} />
          ) : null}
          {others.length === 0 && !recent.loading ? <p className="muted">No other projects opened recently.</p> : null}
          <ul className="recent-list">
            {others.map((project) => (
              <li key={project.path} className="recent-item">
                <button
                  type="button"
                  className="recent-open"
                  onClick={() => void openAt(project.path)}
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
                  onClick={() => void forget.run({ path: project.path })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </section>

        <form
          className="project-form"
          aria-labelledby={`${openFormId}-heading`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void openAt(openPath);
          }}
        >
          <h3 id={`${openFormId}-heading`} className="section-heading">
            Open a project file
          </h3>
          {openPath ? (
            <ErrorSummary formId={openFormId} message={open.error?.message ?? null} fields={{}} labels={{}} />
          ) : null}
          <div className="inline-form">
            <TextField
              formId={openFormId}
              name="path"
              label="File path"
              value={openPath}
              onChange={setOpenPath}
              placeholder="/Users/me/Research/onboarding.groundwork"
              error={openPath ? open.error?.fields['path'] : undefined}
            />
            <button type="submit" className="btn" disabled={open.pending}>
              Open
            </button>
          </div>
        </form>

        <form
          className="project-form"
          aria-labelledby={`${createFormId}-heading`}
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const input = newName.trim() ? { path: newPath, name: newName } : { path: newPath };
            if (await create.run(input)) onClose();
          }}
        >
          <h3 id={`${createFormId}-heading`} className="section-heading">
            New project
          </h3>
          <ErrorSummary
            formId={createFormId}
            message={create.error && !create.error.fields['path'] ? create.error.message : null}
            fields={create.error?.fields ?? {}}
            labels={{ path: 'File path', name: 'Name' }}
          />
          <div className="form-grid form-grid-2">
            <TextField
              formId={createFormId}
              name="path"
              label="File path"
              required
              hint="Where to save it; .groundwork is added if missing."
              value={newPath}
              onChange={setNewPath}
              error={create.error?.fields['path']}
            />
            <TextField
              formId={createFormId}
              name="name"
              label="Name"
              hint="Defaults to the file name."
              value={newName}
              onChange={setNewName}
              error={create.error?.fields['name']}
            />
          </div>
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
