/** Kept for existing callers: a persona renders through the generic cited-document Markdown. */
export { documentMarkdown as personaMarkdown } from './documentMarkdown';
