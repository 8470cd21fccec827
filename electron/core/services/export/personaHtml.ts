/** Kept for existing callers: a persona renders through the generic cited-document HTML page. */
export { documentHtml as personaHtml } from './documentHtml';
