/** The ideal customer profile: the profile document (#/icp) and the scoring matrix (#/icp/scoring), as tabs. */
import { useRef, type KeyboardEvent } from 'react';
import '../../styles/personas.css';
import '../../styles/personaTools.css';
import '../../styles/citeDialog.css';
import '../../styles/icp.css';
import '../../styles/icpScoring.css';
import '../../styles/icpDrawer.css';
import { icpHref, replaceRoute, useIcpTab, type IcpTab as Tab } from '../../routes';
import { Toolbar } from '../../ui/Toolbar';
import { IcpExportButton } from '../export/ExportButtons';
import { ProfileTab } from './ProfileTab';
import { ScoringTab } from './ScoringTab';

const TABS: { id: Tab; label: string }[] = [
  { id: 'profile', label: 'Profile' },
  { id: 'scoring', label: 'Scoring' },
];

export function IcpScreen() {
  const tab = useIcpTab();
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({ profile: null, scoring: null });
  const choose = (next: Tab, focus = false) => {
    replaceRoute(icpHref(next));
    if (focus) refs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const go = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (go === undefined) return;
    event.preventDefault();
    choose(TABS[(go + TABS.length) % TABS.length]!.id, true);
  };

  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar title="ICP" subtitle="Ideal customer profile">
          <div role="tablist" aria-label="ICP views" className="icp-tabs" onKeyDown={onKeyDown}>
            {TABS.map((t) => (
              <button
                key={t.id}
                ref={(el) => {
                  refs.current[t.id] = el;
                }}
                type="button"
                role="tab"
                id={`icp-tab-${t.id}`}
                aria-selected={tab === t.id}
                aria-controls={`icp-panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                className={`icp-tab${tab === t.id ? ' is-selected' : ''}`}
                onClick={() => choose(t.id)}
              >
                {t.label}
              </button>
            ))}
          </div>
          <IcpExportButton />
        </Toolbar>
        <div className="screen-content" role="tabpanel" id={`icp-panel-${tab}`} aria-labelledby={`icp-tab-${tab}`}>
          {tab === 'profile' ? <ProfileTab /> : <ScoringTab />}
        </div>
      </div>
    </main>
  );
}
