/** MultiSelect: names the choice on its button, toggles with checkboxes, clears, and closes with Escape back to the button. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MultiSelect } from '../../renderer/src/ui/MultiSelect';

const OPTIONS = [
  { value: 1, label: 'Mid-market' },
  { value: 2, label: 'Enterprise' },
  { value: 3, label: 'Startups' },
];

function Harness({ seen }: { seen: number[][] }) {
  const [value, setValue] = useState<number[]>([]);
  return (
    <MultiSelect
      label="Segment"
      allLabel="All segments"
      options={OPTIONS}
      value={value}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
    />
  );
}

afterEach(cleanup);

describe('MultiSelect', () => {
  it('chooses any of the options, in option order, and says so on the button', () => {
    const seen: number[][] = [];
    render(<Harness seen={seen} />);
    const button = screen.getByRole('button', { name: 'Segment All segments' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Startups' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mid-market' }));
    expect(seen.at(-1)).toEqual([1, 3]);
    expect(screen.getByRole('button', { name: 'Segment Mid-market +1' })).toBe(button);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mid-market' }));
    expect(seen.at(-1)).toEqual([3]);
    fireEvent.click(screen.getByRole('button', { name: 'All segments' }));
    expect(seen.at(-1)).toEqual([]);
  });

  it('closes on Escape and gives focus back to its button', () => {
    render(<Harness seen={[]} />);
    const button = screen.getByRole('button', { name: /^Segment/ });
    fireEvent.click(button);
    const first = screen.getByRole('checkbox', { name: 'Mid-market' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Escape' });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
