/** Question bank section: the bank, interview guides and study coverage as three views of one screen. */
import { questionsHref, useQuestionsView, type QuestionsView as View } from '../../routes';
import { Toolbar } from '../../ui/Toolbar';
import { StudyCoverageView } from '../coverage/StudyCoverageView';
import { GuidesView } from '../guides/GuidesView';
import { QuestionBank } from './QuestionBank';
import '../../styles/questions.css';
import '../../styles/guides.css';

const VIEWS: { id: View; label: string; href: string }[] = [
  { id: 'bank', label: 'Questions', href: questionsHref('bank') },
  { id: 'guides', label: 'Interview guides', href: questionsHref('guides') },
  { id: 'coverage', label: 'Coverage', href: questionsHref('coverage') },
];

export function QuestionsScreen() {
  const view = useQuestionsView();
  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar title="Question bank" subtitle="Plan interviews and see what they covered">
          <nav className="view-tabs" aria-label="Question bank views">
            {VIEWS.map((v) => (
              <a
                key={v.id}
                href={v.href}
                className={`view-tab${v.id === view ? ' is-current' : ''}`}
                aria-current={v.id === view ? 'page' : undefined}
              >
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
