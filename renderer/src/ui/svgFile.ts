/**
 * A chart on screen as a file of its own: its SVG serialised with the styles the app's stylesheet gives
 * it written onto each element as presentation attributes (a saved SVG has no stylesheet, and the theme's colours live in CSS
 * variables), on the panel's background so dark-theme text stays legible; and as a PNG drawn from that
 * SVG onto a canvas at twice the size (sharp on slides).
 */

/** The presentation properties our charts take from CSS; copied as computed values. */
const STYLED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
] as const;

export interface SvgFile {
  markup: string;
  width: number;
  height: number;
}

export function svgFile(svg: SVGSVGElement, title: string): SvgFile {
  const box = svg.viewBox.baseVal;
  const width = box && box.width ? box.width : svg.clientWidth;
  const height = box && box.height ? box.height : svg.clientHeight;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = to[i] as SVGElement;
    target.removeAttribute('class');
    // Presentation attributes rather than a style attribute: the app's CSP (style-src 'self') refuses
    // inline style attributes, and SVG readers honour both alike.
    for (const p of STYLED) {
      const value = style.getPropertyValue(p);
      if (value) target.setAttribute(p, value);
    }
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('aria-hidden');
  clone.setAttribute('role', 'img');
  const ns = 'http://www.w3.org/2000/svg';
  const name = document.createElementNS(ns, 'title');
  name.textContent = title;
  // The panel's background behind the chart: the chart's text colour was chosen against it.
  const panel = svg.closest('section') ?? document.body;
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('x', String(box?.x ?? 0));
  bg.setAttribute('y', String(box?.y ?? 0));
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', getComputedStyle(panel).backgroundColor || '#ffffff');
  clone.prepend(name, bg);
  return {
    markup: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`,
    width,
    height,
  };
}

/** The SVG drawn onto a canvas `scale` times its size, as PNG bytes. */
export async function svgToPng(file: SvgFile, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([file.markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(file.width * scale);
    canvas.height = Math.ceil(file.height * scale);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('The chart could not be drawn as an image.');
    g.scale(scale, scale);
    g.drawImage(image, 0, 0, file.width, file.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The chart could not be saved as PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
