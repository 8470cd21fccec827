/** A section that is not built yet: says calmly what it will be for. No pretend features. */
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { Toolbar } from '../../ui/Toolbar';
import type { Section, SectionId } from './sections';

export function PlaceholderScreen({ section, onNavigate }: { section: Section; onNavigate(id: SectionId): void }) {
  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar title={section.label} />
        <EmptyState
          title={`${section.label} is coming`}
          icon={<Icon name={section.icon} size={32} />}
          action={{ label: 'Go to Interviews', onClick: () => onNavigate('interviews') }}
        >
          <p>{section.upcoming}</p>
          <p className="muted">
            This part of Groundwork is not built yet. Start with interviews, participants and companies.
          </p>
        </EmptyState>
      </div>
    </main>
  );
}
