/**
 * A side panel on the native modal <dialog>, anchored to the right edge: for lists that open
 * from a count (the quotes behind it). Focus is trapped while open and returns to the opener.
 */
import type { ReactNode } from 'react';
import { ModalHeader, useModal } from './useModal';

export function Drawer({
  title,
  description,
  onClose,
  children,
}: {
  title: string;
  description?: string;
  onClose(): void;
  children: ReactNode;
}) {
  // A list has no first field: focus starts on the close button.
  const modal = useModal(onClose, (dialog) => dialog.querySelector<HTMLElement>('[data-autofocus]'));
  return (
    <dialog
      ref={modal.ref}
      className="drawer"
      aria-labelledby={modal.titleId}
      aria-describedby={description ? modal.descriptionId : undefined}
      onKeyDown={modal.onKeyDown}
      onClick={(event) => {
        // A click on the backdrop (the dialog box itself, outside its content) closes it.
        if (event.target === modal.ref.current) modal.close();
      }}
    >
      <div className="drawer-body">
        <ModalHeader modal={modal} title={title} description={description} autoFocusClose />
        <div className="drawer-content">{children}</div>
      </div>
    </dialog>
  );
}
