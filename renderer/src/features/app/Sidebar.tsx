/** The left column: the project switcher, then every section; arrow keys move between sections. */
import type { KeyboardEvent } from 'react';
import { useQuery } from '../../api/hooks';
import { Icon } from '../../ui/Icon';
import { ProjectSwitcher } from '../project/ProjectSwitcher';
import { sectionHref } from '../../routes';
import { visibleSections, type SectionId } from '../../sections';
import { useCoders } from '../coders/useCoders';

const COUNTED: Partial<Record<SectionId, string>> = {
  interviews: 'interviews',
  participants: 'participants',
  companies: 'companies',
};

export interface SidebarProps {
  current: SectionId;
  onNavigate(id: SectionId): void;
  onShowShortcuts(): void;
}

export function Sidebar({ current, onNavigate, onShowShortcuts }: SidebarProps) {
  const counts = useQuery('project.counts', {}, { errors: 'toast' });
  const coders = useCoders();

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.nav-link'));
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    const next = links[(index + (event.key === 'ArrowDown' ? 1 : links.length - 1)) % links.length];
    next?.focus();
  }

  return (
    <div className="sidebar">
      <ProjectSwitcher />
      <nav className="nav" aria-label="Sections" onKeyDown={onKeyDown}>
        <ul className="nav-list">
          {visibleSections(coders.list.length).map((section) => {
            const countKey = COUNTED[section.id];
            const n = countKey ? counts.data?.[countKey] : undefined;
            return (
              <li key={section.id}>
                <a
                  className="nav-link"
                  href={sectionHref(section.id)}
                  aria-current={section.id === current ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    onNavigate(section.id);
                  }}
                >
                  <Icon name={section.icon} />
                  <span className="nav-label">{section.label}</span>
                  {n !== undefined && n > 0 ? (
                    <span className="nav-count">
                      <span className="visually-hidden">, </span>
                      {n}
                    </span>
                  ) : null}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <button
          type="button"
          className="btn btn-quiet sidebar-shortcuts"
          onClick={onShowShortcuts}
          aria-keyshortcuts="?"
        >
          Keyboard shortcuts <kbd className="kbd">?</kbd>
        </button>
      </div>
    </div>
  );
}
