/** A readable message for a failed call, with an optional retry. Never a stack trace. */
export function ErrorNotice({ title, message, onRetry }: { title: string; message: string; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <div>
        <p className="notice-title">{title}</p>
        <p className="notice-message">{message}</p>
      </div>
      {onRetry ? (
        <button type="button" className="btn" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
