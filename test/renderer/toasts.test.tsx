/**
 * Toasts: successive edits each offering Undo leave one Undo toast, the newest (Undo undoes the
 * latest step, so an older one would name the wrong change); other toasts are capped at three.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { dismissToast, showToast, Toasts } from '../../renderer/src/ui/Toast';

const shown: number[] = [];
afterEach(() => {
  act(() => shown.splice(0).forEach(dismissToast));
  cleanup();
});
const show = (...args: Parameters<typeof showToast>) => act(() => void shown.push(showToast(...args)));

describe('toasts', () => {
  it('keep one Undo toast, the newest, however many edits offer one', () => {
    render(<Toasts />);
    const undo = { label: 'Undo', run: () => {} };
    show({ message: 'Acme: Fit scored 3', action: undo });
    show({ message: 'Weights saved' });
    show({ message: 'Beta: Fit scored 2', action: undo });
    show({ message: 'Cleared Fit for Gamma', action: undo });
    const messages = [...document.querySelectorAll('.toast-message')].map((m) => m.textContent);
    expect(messages).toEqual(['Weights saved', 'Cleared Fit for Gamma']);
    expect(screen.getAllByRole('button', { name: 'Undo' })).toHaveLength(1);
  });

  it('show at most three at once', () => {
    render(<Toasts />);
    for (const n of [1, 2, 3, 4, 5]) show({ message: `Saved ${n}` });
    const messages = [...document.querySelectorAll('.toast-message')].map((m) => m.textContent);
    expect(messages).toEqual(['Saved 3', 'Saved 4', 'Saved 5']);
  });
});
