/** A modal dialog (see useModal): forms, confirmations and side-by-side reviews. */
import type { ReactNode } from 'react';
import { ModalHeader, useModal } from './useModal';

export interface DialogProps {
  title: string;
  /** One line under the title saying what the dialog is for. */
  description?: string;
  onClose(): void;
  children: ReactNode;
  /** 'form' dialogs are wider than confirmations; 'wide' ones hold side-by-side reviews. */
  size?: 'small' | 'form' | 'wide';
}

export function Dialog({ title, description, onClose, children, size = 'form' }: DialogProps) {
  // Put focus on the first field rather than the close button.
  const modal = useModal(
    onClose,
    (dialog) =>
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea'),
  );
  return (
    <dialog
      ref={modal.ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={modal.titleId}
      aria-describedby={description ? modal.descriptionId : undefined}
      onKeyDown={modal.onKeyDown}
    >
      <ModalHeader modal={modal} title={title} description={description} />
      {children}
    </dialog>
  );
}
