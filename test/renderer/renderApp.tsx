/** Renders the real <App/> in jsdom against a real core through the in-process transport. */
import { cleanup, render } from '@testing-library/react';
import { ApiClient } from '../../renderer/src/api/client';
import { ApiProvider } from '../../renderer/src/api/hooks';
import type { Transport } from '../../renderer/src/api/transport';
import { App } from '../../renderer/src/features/app/App';
import { NamesProvider } from '../../renderer/src/features/names/useNames';
import { makeCore, type TestCore } from '../support/core';

export interface RenderedApp {
  core: TestCore;
  client: ApiClient;
  unmount(): void;
}

export function transportFor(core: TestCore): Transport {
  return {
    rpc: (method, input) => core.transport.call(method, input),
    onEvent: (listener) => core.transport.subscribe(listener),
  };
}

export async function renderApp(
  opts: { hash?: string; transport?: (core: TestCore) => Transport } = {},
): Promise<RenderedApp> {
  const core = await makeCore({ projectName: 'Churn study' });
  // A user who already said who is coding (as the e2e fixture's), so "Who is coding?" does not ask.
  await core.call('coders.identify', { name: 'Test Researcher', initials: 'TR', colour: '#1864ab' });
  window.location.hash = opts.hash ?? '#/interviews';
  const client = new ApiClient((opts.transport ?? transportFor)(core));
  const view = render(
    <ApiProvider client={client}>
      <NamesProvider>
        <App />
      </NamesProvider>
    </ApiProvider>,
  );
  return {
    core,
    client,
    unmount: () => {
      view.unmount();
      cleanup();
      core.close();
    },
  };
}
