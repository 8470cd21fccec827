/**
 * The largest call any transport accepts. Transcript files travel base64-encoded in
 * `imports.stageFile`; the importer accepts files up to 50 MB, which is ~67 MB as base64.
 */
export const MAX_RPC_BYTES = 72 * 1024 * 1024;
