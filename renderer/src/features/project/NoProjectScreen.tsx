/** Shown when no project file is open: say what a project is and open the project dialog. */
import { useState } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { ProjectDialog } from './ProjectDialog';

export function NoProjectScreen() {
  const [open, setOpen] = useState(false);
  return (
    <main className="screen screen-no-inspector" aria-label="No project open">
      <div className="screen-main">
        <EmptyState
          title="No project is open"
          icon={<Icon name="project" size={32} />}
          action={{ label: 'Open or create a project', onClick: () => setOpen(true) }}
        >
          <p>
            A project is one .groundwork file that holds a whole study: interviews, participants, companies and
            everything you code.
          </p>
        </EmptyState>
      </div>
      {open ? <ProjectDialog current={null} onClose={() => setOpen(false)} /> : null}
    </main>
  );
}
