/** The footer of a form dialog: cancel and the primary action, which shows progress while saving. */
export function FormActions({
  submitLabel,
  pending,
  onCancel,
  danger,
  disabled = false,
}: {
  submitLabel: string;
  pending: boolean;
  onCancel(): void;
  danger?: boolean;
  /** Not ready to submit yet (e.g. a required field is empty). */
  disabled?: boolean;
}) {
  return (
    <footer className="dialog-footer">
      <span className="dialog-footer-hint">
        <kbd className="kbd">Esc</kbd> to cancel
      </span>
      <button type="button" className="btn" onClick={onCancel}>
        Cancel
      </button>
      <button
        type="submit"
        className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`}
        aria-disabled={pending || undefined}
        disabled={pending || disabled}
      >
        {pending ? 'Saving…' : submitLabel}
      </button>
    </footer>
  );
}
