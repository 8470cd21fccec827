/** Question bank section: the bank, interview guides and study coverage as three views of one screen. */
import { useEffect, useState } from 'react';
import { Toolbar } from '../../ui/Toolbar';
import { StudyCoverageView } from '../coverage/StudyCoverageView';
import { GuidesView } from '../guides/GuidesView';
import { QuestionBank } from './QuestionBank';
import '../../styles/questions.css';
import '../../styles/guides.css';

type View = 'bank' | 'guides' | 'coverage';

const VIEWS: { id: View; label: string; href: string }[] = [
  { id: 'bank', label: 'Questions', href: '#/questions' },
  { id: 'guides', label: 'Interview guides', href: '#/questions/guides' },
  { id: 'coverage', label: 'Coverage', href: '#/questions/coverage' },
];

function readView(): View {
  const sub = /^#\/questions\/(guides|coverage)/.exec(window.location.hash)?.[1];
  return sub === 'guides' || sub === 'coverage' ? sub : 'bank';
}

export function QuestionsScreen() {
  const [view, setView] = useState<View>(readView);
  useEffect(() => {
    const onChange = () => setView(readView());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar title="Question bank" subtitle="Plan interviews and see what they covered">
          <nav className="view-tabs" aria-label="Question bank views">
            {VIEWS.map((v) => (
              <a key={v.id} href={v.href} className={`view-tab${v.id === view ? ' is-current' : ''}`} aria-current={v.id === view ? 'page' : undefined}>
                {v.label}
              </a>
            ))}
          </nav>
        </Toolbar>
        {view === 'bank' ? <QuestionBank /> : view === 'guides' ? <GuidesView /> : <StudyCoverageView />}
      </div>
    </main>
  );
}
