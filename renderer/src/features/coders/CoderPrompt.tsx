/**
 * Asks who is coding on first use: once the project is open and the user has never said. "Cancel"
 * leaves them the unknown coder until the next start (the status bar's switcher asks any time).
 */
import { useState } from 'react';
import { CoderDialog } from './CoderDialog';
import { useCoders } from './useCoders';

export function CoderPrompt() {
  const { current } = useCoders();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || !current || current.identity !== null) return null;
  return <CoderDialog first onClose={() => setDismissed(true)} />;
}
