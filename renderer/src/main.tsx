/** Entry point: pick the transport (Electron's preload bridge, else same-origin HTTP) and render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/client';
import { ApiProvider } from './api/hooks';
import { pickTransport } from './api/transport';
import { webSession } from './api/webSession';
import { App } from './features/app/App';
import { SignedOut } from './features/app/SignedOut';
import { NamesProvider } from './features/names/useNames';
import './styles/tokens.css';
import './styles/base.css';
import './styles/frame.css';
import './styles/panels.css';
import './styles/backups.css';
import './styles/table.css';
import './styles/forms.css';
import './styles/dialog.css';
import './styles/progress.css';
import './styles/import.css';
import './styles/importMapping.css';
import './styles/transcript.css';
import './styles/coding.css';
import './styles/toasts.css';
import './styles/library.css';
import './styles/search.css';
import './styles/names.css';
import './styles/coders.css';
import './styles/merge.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
// In the browser, take the launch code out of the address bar and sign in before anything renders.
const signedIn = window.bridge ? Promise.resolve(true) : webSession(window).then((session) => session !== null);
void signedIn.then((ok) => {
  const client = new ApiClient(pickTransport(window));
  createRoot(root).render(
    <StrictMode>
      {ok ? (
        <ApiProvider client={client}>
          <NamesProvider>
            <App />
          </NamesProvider>
        </ApiProvider>
      ) : (
        <SignedOut />
      )}
    </StrictMode>,
  );
});
