/** DOM selection -> transcript positions when highlights split a turn into several text nodes. */
import { afterEach, describe, expect, it } from 'vitest';
import { offsetWithin, pointAt, positionOf, rangeFromSelection } from '../../renderer/src/features/transcript/domRange';

function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const TURN = (id: number, inner: string) =>
  `<div data-turn-row><div class="head">Tom · <button>0:05</button></div><p data-turn-text="${id}">${inner}</p><div class="gutter">Pricing</div></div>`;

describe('offsetWithin / positionOf', () => {
  it('sums the text nodes before the point when highlights split the text (emoji count as two units)', () => {
    const root = mount(TURN(7, '<span>We pay 😀 </span><mark>twice</mark><span> for it.</span>'));
    const p = root.querySelector('p')!;
    const mark = root.querySelector('mark')!.firstChild!;
    // "We pay 😀 " is 10 UTF-16 units (the emoji is a surrogate pair).
    expect(offsetWithin(p, mark, 0)).toBe(10);
    expect(offsetWithin(p, mark, 3)).toBe(13);
    const last = root.querySelectorAll('span')[1]!.firstChild!;
    expect(positionOf(last, 4)).toEqual({ turnId: 7, offset: 19 });
    expect(p.textContent!.slice(10, 15)).toBe('twice');
  });

  it('maps element points (between children) to the text before them', () => {
    const root = mount(TURN(7, '<span>ab</span><mark>cd</mark><span>ef</span>'));
    const p = root.querySelector('p')!;
    expect(offsetWithin(p, p, 2)).toBe(4);
    expect(offsetWithin(p, p, 0)).toBe(0);
  });

  it('snaps a point in the turn header to the start and one in the gutter to the end', () => {
    const root = mount(TURN(3, '<span>Hello there</span>'));
    expect(positionOf(root.querySelector('button')!.firstChild!, 1)).toEqual({ turnId: 3, offset: 0 });
    expect(positionOf(root.querySelector('.gutter')!.firstChild!, 2)).toEqual({ turnId: 3, offset: 11 });
  });

  it('returns null outside any turn', () => {
    const root = mount('<p>not a turn</p>');
    expect(positionOf(root.querySelector('p')!.firstChild!, 1)).toBeNull();
  });
});

describe('rangeFromSelection', () => {
  it('reads a selection spanning two turns as start and end positions', () => {
    const root = mount(TURN(1, '<span>First </span><mark>turn</mark>') + TURN(2, '<span>Second 👋🏽 turn</span>'));
    const [a, b] = root.querySelectorAll('p');
    const sel = window.getSelection()!;
    const start = pointAt(a!, 3);
    const end = pointAt(b!, 11);
    sel.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
    const range = rangeFromSelection(sel, root)!;
    expect(range.start).toEqual({ turnId: 1, offset: 3 });
    expect(range.end).toEqual({ turnId: 2, offset: 11 });
    expect(b!.textContent!.slice(0, 11)).toBe('Second 👋🏽');
  });

  it('ignores collapsed, whitespace-only and outside selections', () => {
    const root = mount(TURN(1, '<span>a  b</span>'));
    const outside = mount('<p>elsewhere</p>');
    const sel = window.getSelection()!;
    const t = root.querySelector('span')!.firstChild!;
    sel.collapse(t, 1);
    expect(rangeFromSelection(sel, root)).toBeNull();
    sel.setBaseAndExtent(t, 1, t, 3);
    expect(rangeFromSelection(sel, root)).toBeNull();
    sel.setBaseAndExtent(outside.querySelector('p')!.firstChild!, 0, outside.querySelector('p')!.firstChild!, 4);
    expect(rangeFromSelection(sel, root)).toBeNull();
  });

  it('pointAt finds the text node and local offset, clamping past the end', () => {
    const root = mount(TURN(1, '<span>ab</span><mark>cd</mark>'));
    const p = root.querySelector('p')!;
    const at = pointAt(p, 3);
    expect(at.node.textContent).toBe('cd');
    expect(at.offset).toBe(1);
    expect(pointAt(p, 99).offset).toBe(2);
  });
});
