/** The top of the sidebar: the open project's name; activating it opens the project dialog. */
import { useState } from 'react';
import { useQuery } from '../../api/hooks';
import { Icon } from '../../ui/Icon';
import { ProjectDialog } from './ProjectDialog';

export function ProjectSwitcher() {
  const info = useQuery('project.info', {}, { errors: 'toast' });
  const [open, setOpen] = useState(false);
  const name = info.data?.name ?? (info.loading ? '' : 'No project open');
  return (
    <div className="project-switcher">
      <button
        type="button"
        className="project-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        title={info.data ? `${info.data.name}\n${info.data.path}` : undefined}
      >
        <span className="project-icon">
          <Icon name="project" />
        </span>
        <span className="project-text">
          <span className="project-caption">Project</span>
          <span className="project-name">{name}</span>
        </span>
        <Icon name="chevron" />
        <span className="visually-hidden">, switch project</span>
      </button>
      {open ? <ProjectDialog current={info.data ?? null} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
