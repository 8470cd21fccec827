/** The frame: sidebar, the current section's screen (with its inspector), and the status bar. */
import { useEffect, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { ErrorNotice } from '../../ui/Notice';
import { CompaniesScreen } from '../companies/CompaniesScreen';
import { InterviewsScreen } from '../interviews/InterviewsScreen';
import { PlanScreen } from '../plan/PlanScreen';
import { ParticipantsScreen } from '../participants/ParticipantsScreen';
import { CodebookScreen } from '../codebook/CodebookScreen';
import { QuotesScreen } from '../quotes/QuotesScreen';
import { QuestionsScreen } from '../questions/QuestionsScreen';
import { PersonasScreen } from '../personas/PersonasScreen';
import { IcpScreen } from '../icp/IcpScreen';
import { SegmentsScreen } from '../segments/SegmentsScreen';
import { JobsScreen } from '../jobs/JobsScreen';
import { SynthesisScreen } from '../synthesis/SynthesisScreen';
import { SearchScreen } from '../search/SearchScreen';
import { AgreementScreen } from '../agreement/AgreementScreen';
import { LiveScreen } from '../live/LiveScreen';
import { useLiveRoute, useSection, useWorkspaceRoute } from '../../routes';
import { WorkspaceScreen } from '../workspace/WorkspaceScreen';
import { ProjectStatusBanner } from '../backups/ProjectStatusBanner';
import { NoProjectScreen } from '../project/NoProjectScreen';
import { CoderPrompt } from '../coders/CoderPrompt';
import { GlobalHost } from './GlobalHost';
import { ShortcutSheet } from './ShortcutSheet';
import { useKeyShortcut } from '../../keys/useKeyShortcut';
import { sectionById, type SectionId } from '../../sections';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';

function Screen({ section }: { section: SectionId }) {
  switch (section) {
    case 'plan':
      return <PlanScreen />;
    case 'interviews':
      return <InterviewsScreen />;
    case 'participants':
      return <ParticipantsScreen />;
    case 'companies':
      return <CompaniesScreen />;
    case 'codebook':
      return <CodebookScreen />;
    case 'quotes':
      return <QuotesScreen key={window.location.hash} />;
    case 'search':
      return <SearchScreen />;
    case 'questions':
      return <QuestionsScreen />;
    case 'synthesis':
      return <SynthesisScreen />;
    case 'personas':
      return <PersonasScreen />;
    case 'icp':
      return <IcpScreen />;
    case 'segments':
      return <SegmentsScreen />;
    case 'jobs':
      return <JobsScreen />;
    case 'agreement':
      return <AgreementScreen />;
    default: {
      // Every section has its screen: a new SectionId without a case fails the typecheck here.
      const missing: never = section;
      return missing;
    }
  }
}

export function App() {
  const [section, go] = useSection();
  const workspace = useWorkspaceRoute();
  const live = useLiveRoute();
  const info = useQuery('project.info', {});
  const [showShortcuts, setShowShortcuts] = useState(false);
  useKeyShortcut('app.sheet', () => setShowShortcuts(true));

  useEffect(() => {
    if (workspace) return; // the workspace titles the window with its interview
    const label = sectionById(section)?.label ?? '';
    document.title = info.data ? `${label} — ${info.data.name} — Groundwork` : 'Groundwork';
  }, [section, info.data, workspace]);

  let main;
  if (info.error && info.data === undefined) {
    main = (
      <main className="screen screen-no-inspector" aria-label="Groundwork">
        <div className="screen-main screen-padded">
          <ErrorNotice
            title="Groundwork could not reach its project"
            message={info.error.message}
            onRetry={() => void info.refetch()}
          />
        </div>
      </main>
    );
  } else if (info.data === null) {
    main = <NoProjectScreen />;
  } else if (info.data === undefined) {
    main = <main className="screen screen-no-inspector" aria-busy="true" aria-label="Loading" />;
  } else if (live !== null) {
    main = <LiveScreen key={live} interviewId={live} />;
  } else if (workspace) {
    main = <WorkspaceScreen key={workspace.interviewId} route={workspace} />;
  } else {
    main = <Screen section={section} />;
  }

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#screen-title"
        onClick={(event) => {
          event.preventDefault();
          document.querySelector<HTMLElement>('.screen-main button, .screen-main input, .screen-main a')?.focus();
        }}
      >
        Skip to main content
      </a>
      <Sidebar current={section} onNavigate={go} onShowShortcuts={() => setShowShortcuts(true)} />
      {info.data ? <ProjectStatusBanner /> : null}
      {main}
      <StatusBar />
      {showShortcuts ? <ShortcutSheet onClose={() => setShowShortcuts(false)} /> : null}
      <GlobalHost />
      {info.data ? <CoderPrompt /> : null}
    </div>
  );
}
