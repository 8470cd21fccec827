/**
 * What Dialog and Drawer share: the native modal <dialog> (the browser traps focus and makes the
 * page inert), Escape and the cancel event close it, focus returns to whatever opened it; and the
 * header with title, one-line description and close button.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';

export function useModal(onClose: () => void, initialFocus: (dialog: HTMLDialogElement) => HTMLElement | null) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const focusRef = useRef(initialFocus);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    focusRef.current(dialog)?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener && opener.isConnected) opener.focus();
    };
  }, []);

  return {
    ref,
    titleId,
    descriptionId,
    close: () => closeRef.current(),
    // jsdom and older engines do not fire 'cancel': close on Escape ourselves.
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        closeRef.current();
      }
    },
  };
}

export function ModalHeader({
  modal,
  title,
  description,
  autoFocusClose = false,
}: {
  modal: ReturnType<typeof useModal>;
  title: string;
  description?: string;
  autoFocusClose?: boolean;
}) {
  return (
    <header className="dialog-header">
      <div>
        <h2 id={modal.titleId} className="dialog-title">
          {title}
        </h2>
        {description ? (
          <p id={modal.descriptionId} className="dialog-description">
            {description}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label="Close"
        data-autofocus={autoFocusClose || undefined}
        onClick={modal.close}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
      </button>
    </header>
  );
}
