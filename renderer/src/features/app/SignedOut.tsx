/** Shown by the browser build when the page holds no session: it was opened without the web host's link. */
export function SignedOut() {
  return (
    <main className="signed-out">
      <h1>Open Groundwork from its link</h1>
      <p>
        This page is not signed in. Groundwork’s web host prints a link when it starts (
        <span className="kbd">npm run web</span>); open that link in this browser. Each link works once, so restart the
        web host if you need a new one.
      </p>
    </main>
  );
}
