/**
 * Runs inside the page (passed to page.evaluate, so it must not reference anything outside itself):
 * finds text boxes of different elements that draw over each other, text cut off by a container that
 * does not scroll without an ellipsis and a tooltip, and a document that scrolls. Returns readable lines.
 */
export interface LayoutReport {
  problems: string[];
  textBoxes: number;
}

export function inspectLayout(): LayoutReport {
  const problems: string[] = [];
  const TOLERANCE = 2; // px of overlap or overflow that anti-aliasing and rounding can produce

  const describe = (el: Element): string => {
    const parts: string[] = [];
    let node: Element | null = el;
    for (let i = 0; node && node !== document.body && i < 3; i++, node = node.parentElement) {
      const cls = [...node.classList].slice(0, 2).join('.');
      parts.unshift(`${node.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`);
    }
    return parts.join(' > ');
  };
  const snippet = (text: string) => {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length > 40 ? `${t.slice(0, 40)}…` : t;
  };

  const doc = document.documentElement;
  if (doc.scrollHeight > doc.clientHeight + 1 || doc.scrollWidth > doc.clientWidth + 1) {
    problems.push(
      `document scrolls: content ${doc.scrollWidth}×${doc.scrollHeight} in a ${doc.clientWidth}×${doc.clientHeight} window`,
    );
  }
  if (window.scrollY !== 0 || window.scrollX !== 0)
    problems.push(`document is scrolled by ${window.scrollX},${window.scrollY}`);

  interface Clip {
    el: Element;
    rect: DOMRect;
    /** Per axis: true when the container scrolls (cut text there is only scrolled out of view). */
    scrollsX: boolean;
    scrollsY: boolean;
    clipsX: boolean;
    clipsY: boolean;
  }
  const clipCache = new Map<Element, Clip[]>();
  const clipsOf = (el: Element | null): Clip[] => {
    if (!el || el === doc) return [];
    const cached = clipCache.get(el);
    if (cached) return cached;
    const style = getComputedStyle(el);
    const parent = style.position === 'fixed' ? null : el.parentElement;
    let own: Clip | null = null;
    const ox = style.overflowX;
    const oy = style.overflowY;
    if (ox !== 'visible' || oy !== 'visible') {
      own = {
        el,
        rect: el.getBoundingClientRect(),
        scrollsX: ox === 'auto' || ox === 'scroll',
        scrollsY: oy === 'auto' || oy === 'scroll',
        clipsX: ox !== 'visible',
        clipsY: oy !== 'visible',
      };
    }
    const list = own ? [own, ...clipsOf(parent)] : clipsOf(parent);
    clipCache.set(el, list);
    return list;
  };

  // The tooltip may sit on the text's element, on what cuts it, or on the control around that (two levels up).
  const hasTooltip = (from: Element, upTo: Element): boolean => {
    let above = -1;
    for (let node: Element | null = from; node && above < 2; node = node.parentElement) {
      if (node.getAttribute('title')) return true;
      if (node === upTo || above >= 0) above++;
    }
    return false;
  };
  const shortens = (el: Element): boolean => {
    const style = getComputedStyle(el);
    return style.textOverflow === 'ellipsis' || (style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '');
  };

  interface Box {
    el: Element;
    text: string;
    left: number;
    top: number;
    right: number;
    bottom: number;
  }
  const boxes: Box[] = [];
  // Only the part that can be seen takes part in overlaps.
  const addBox = (el: Element, text: string, r: DOMRect, clips: Clip[]) => {
    let vis = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    for (const c of clips) {
      if (c.clipsX) vis = { ...vis, left: Math.max(vis.left, c.rect.left), right: Math.min(vis.right, c.rect.right) };
      if (c.clipsY) vis = { ...vis, top: Math.max(vis.top, c.rect.top), bottom: Math.min(vis.bottom, c.rect.bottom) };
    }
    if (vis.right - vis.left >= 1 && vis.bottom - vis.top >= 1) boxes.push({ el, text, ...vis });
  };
  const viewport = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  const reported = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!text.trim()) continue;
    const el = node.parentElement;
    if (!el || el.closest('script, style, template, option, textarea, .visually-hidden, .skip-link, [hidden]'))
      continue;
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const elRect = el.getBoundingClientRect();
    if (elRect.width <= 1 || elRect.height <= 1) continue; // visually hidden by size
    range.selectNodeContents(node);
    const clips = clipsOf(el);
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1) continue;
      // Cut by a container that does not scroll (or by the window, which never scrolls)? What a pane
      // has scrolled out of view is not cut, so each scrolling pane narrows the box checked further out.
      let cutBy: Element | null = null;
      let cur = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      for (const c of [...clips, null]) {
        const box = c ? c.rect : viewport;
        const clipsX = c ? c.clipsX : true;
        const clipsY = c ? c.clipsY : true;
        const outX = clipsX && (cur.left < box.left - TOLERANCE || cur.right > box.right + TOLERANCE);
        const outY = clipsY && (cur.top < box.top - TOLERANCE || cur.bottom > box.bottom + TOLERANCE);
        if ((outX && !c?.scrollsX) || (outY && !c?.scrollsY)) {
          cutBy = c ? c.el : doc;
          break;
        }
        if (c?.scrollsX) cur = { ...cur, left: Math.max(cur.left, box.left), right: Math.min(cur.right, box.right) };
        if (c?.scrollsY) cur = { ...cur, top: Math.max(cur.top, box.top), bottom: Math.min(cur.bottom, box.bottom) };
        if (cur.right - cur.left < 1 || cur.bottom - cur.top < 1) break; // scrolled out of view
      }
      if (cutBy && !reported.has(el)) {
        const fine = cutBy !== doc && shortens(cutBy) && hasTooltip(el, cutBy);
        if (!fine) {
          reported.add(el);
          const why = cutBy !== doc && shortens(cutBy) ? 'ellipsis but no tooltip' : 'no ellipsis';
          problems.push(
            `clipped (${why}): "${snippet(text)}" in ${describe(el)}, cut by ${cutBy === doc ? 'the window' : describe(cutBy)}`,
          );
        }
      }
      addBox(el, text, r, clips);
    }
  }

  // Form controls draw their own text (value, placeholder): their boxes take part in overlaps too.
  for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
    if (
      el.closest('.visually-hidden, [hidden]') ||
      !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
    )
      continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;
    const label = el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? el.tagName.toLowerCase();
    addBox(el, `[${label}]`, r, clipsOf(el.parentElement));
  }

  // Panes scroll up and down; only a grid marked data-scroll-x (a matrix, a wide table) may scroll sideways.
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    if (el.scrollWidth <= el.clientWidth + TOLERANCE) continue;
    const ox = getComputedStyle(el).overflowX;
    if ((ox === 'auto' || ox === 'scroll') && !el.closest('[data-scroll-x]') && el.clientWidth > 0) {
      problems.push(`scrolls sideways: ${describe(el)} (${el.scrollWidth} px of content in ${el.clientWidth} px)`);
    }
  }

  // A layer (fixed, sticky, a raised absolute box, an open dialog) may cover what lies under it.
  const layerOf = (el: Element): Element | null => {
    for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.position === 'fixed' || style.position === 'sticky') return node;
      if (style.position === 'absolute' && style.zIndex !== 'auto') return node;
      if (node.matches('dialog[open]')) return node;
    }
    return null;
  };

  boxes.sort((a, b) => a.left - b.left);
  const seen = new Set<string>();
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.left < a.right - TOLERANCE; j++) {
      const b = boxes[j]!;
      if (a.el === b.el) continue;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w <= TOLERANCE || h <= TOLERANCE) continue;
      // Whichever is drawn on top: when it sits in a layer the other is not in, covering is intended.
      const hit = document.elementFromPoint(Math.max(a.left, b.left) + w / 2, Math.max(a.top, b.top) + h / 2);
      if (hit) {
        const onTop =
          a.el.contains(hit) || hit.contains(a.el) ? a : b.el.contains(hit) || hit.contains(b.el) ? b : null;
        if (!onTop) continue; // something else (a dialog, a sticky header) covers both
        const under = onTop === a ? b : a;
        const layer = layerOf(hit);
        if (layer && !layer.contains(under.el)) continue;
      }
      const key = `${describe(a.el)}|${describe(b.el)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(
        `overlap: "${snippet(a.text)}" (${describe(a.el)}) and "${snippet(b.text)}" (${describe(b.el)}) by ${Math.round(w)}×${Math.round(h)} px`,
      );
    }
  }
  return { problems, textBoxes: boxes.length };
}

/** Marks every pane that can scroll (data-layout-pane) and returns where to point the mouse to wheel it. */
export function markScrollPanes(): { id: number; x: number; y: number; vertical: boolean }[] {
  document.querySelectorAll('[data-layout-pane]').forEach((el) => el.removeAttribute('data-layout-pane'));
  const panes: { id: number; x: number; y: number; vertical: boolean }[] = [];
  let id = 0;
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    const style = getComputedStyle(el);
    const vertical =
      (style.overflowY === 'auto' || style.overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 1;
    const horizontal =
      (style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
    if (!vertical && !horizontal) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 20 || r.height < 20) continue;
    el.dataset.layoutPane = String(id);
    panes.push({ id: id++, x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 40), vertical });
  }
  return panes;
}

/** Where the frame's fixed parts are, and how far the document and the frame itself are scrolled. */
export function frameGeometry(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const selector of [
    '.sidebar',
    '.status-bar',
    '.screen-main > .toolbar',
    '.screen-main > header',
    '.live-bar',
    '.inspector',
  ]) {
    const el = document.querySelector(selector);
    if (!el) continue;
    const r = el.getBoundingClientRect();
    out[selector] = `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  }
  out['window.scroll'] = `${window.scrollX},${window.scrollY}`;
  const scrolled = [...document.querySelectorAll('#root, .app, .screen, .screen-main')].filter(
    (el) => getComputedStyle(el).overflowY !== 'auto' && (el.scrollTop !== 0 || el.scrollLeft !== 0),
  );
  out['frame.scroll'] = scrolled.map((el) => `${el.className || el.id} ${el.scrollLeft},${el.scrollTop}`).join('; ');
  return out;
}

/** Puts every pane, the frame and the document back at the top. */
export function resetScroll(): void {
  for (const el of document.querySelectorAll('*')) {
    if (el.scrollTop || el.scrollLeft) {
      el.scrollTop = 0;
      el.scrollLeft = 0;
    }
  }
  window.scrollTo(0, 0);
}
