/**
 * The PDF's fonts: DejaVu Sans (regular, bold, oblique) from the `dejavu-fonts-ttf` package, embedded
 * and subset by pdfkit, so Latin with any accents, Greek, Cyrillic, Hebrew and Arabic print as
 * themselves. The files are found at run time from this module's location (the esbuild bundles get
 * `import.meta.url` through scripts/build-electron.mjs) and read once per process; the parsed fontkit
 * fonts are kept too and handed to every later document (pdfkit accepts them; each document still
 * makes its own subset), which spares re-parsing the large kerning and shaping tables per export.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { AppError } from '../../../../shared/errors';

export const FONT = 'DejaVuSans';
export const BOLD = 'DejaVuSans-Bold';
export const ITALIC = 'DejaVuSans-Oblique';

export const FONT_FILES: Record<string, string> = {
  [FONT]: 'DejaVuSans.ttf',
  [BOLD]: 'DejaVuSans-Bold.ttf',
  [ITALIC]: 'DejaVuSans-Oblique.ttf',
};

let cache: Map<string, Buffer> | null = null;

function fontData(): Map<string, Buffer> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const loaded = new Map<string, Buffer>();
  try {
    for (const [name, file] of Object.entries(FONT_FILES))
      loaded.set(name, fs.readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
  } catch {
    throw new AppError(
      'INTERNAL',
      'The PDF font (DejaVu Sans) is missing from this installation; reinstall Groundwork.',
    );
  }
  cache = loaded;
  return loaded;
}

/** Whether a face has a glyph for a code point (fontkit's cmap lookup). */
export type GlyphCheck = (codePoint: number) => boolean;

interface FontkitFace {
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): unknown;
}

const parsed = new Map<string, FontkitFace>();

/** The fontkit font behind a registered face (pdfkit's embedded font keeps it). */
function fontkitFace(pdf: PDFKit.PDFDocument, name: string): FontkitFace {
  // Selecting a face embeds nothing until text is written with it.
  const face = (pdf.font(name) as unknown as { _font: { font: FontkitFace } })._font.font;
  parsed.set(name, face);
  return face;
}

/** Registers the three faces with a document and returns each face's glyph check (memoised). */
export function registerPdfFonts(pdf: PDFKit.PDFDocument): Record<'regular' | 'bold', GlyphCheck> {
  for (const [name, data] of fontData()) pdf.registerFont(name, (parsed.get(name) ?? data) as Buffer);
  const check = (name: string): GlyphCheck => {
    const face = fontkitFace(pdf, name);
    const known = new Map<number, boolean>();
    return (cp) => {
      if (cp >= 0x20 && cp < 0x7f) return true;
      let has = known.get(cp);
      if (has === undefined) known.set(cp, (has = face.hasGlyphForCodePoint(cp)));
      return has;
    };
  };
  const glyphs = { regular: check(FONT), bold: check(BOLD) };
  fontkitFace(pdf, ITALIC); // only fixed English text is set in it, so it needs no check
  pdf.font(FONT);
  return glyphs;
}
