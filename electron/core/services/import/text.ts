/** Small text clean-ups shared by every format. None of them normalises Unicode forms. */
import htmlEntities from 'webvtt-parser/html-entities.json';

/**
 * Collapses runs of whitespace (including NBSP and other Unicode spaces) inside a paragraph to
 * one space and trims. Line breaks are whitespace too: a caption's wrapped lines are one sentence.
 * Control characters other than whitespace are dropped: they are never part of what was said.
 */
export function cleanInline(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Joins paragraphs of one turn with a blank line, dropping empty ones. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.filter((p) => p.length > 0).join('\n\n');
}

const ENTITIES = htmlEntities as Record<string, string>;

/**
 * Decodes HTML character references that end in ';' (`&amp;`, `&eacute;`, `&#233;`, `&#xE9;`).
 * SRT and plain text have no escaping rules, so a bare `AT&T` or `&amp` stays as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    return ENTITIES[`&${body};`] ?? whole;
  });
}

/**
 * Removes the HTML-ish markup real SRT files carry (`<i>`, `<b>`, `<font color=..>`, `<c.x>`,
 * `<00:00:01.000>`) and ASS override blocks (`{\an8}`). A `<` not followed by a tag-like
 * character stays, so "x < y" survives.
 */
export function stripMarkup(text: string): string {
  return text.replace(/<\/?[A-Za-z0-9][^<>]{0,200}>|<\/>/g, '').replace(/\{\\[^{}]{0,200}\}/g, '');
}
