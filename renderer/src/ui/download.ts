/** Saves text as a file through the browser's download (works in Electron and the web host). */
export function downloadTextFile(fileName: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves an export the core produced: text as is, PDF and DOCX from base64. */
export function downloadExportFile(file: {
  fileName: string;
  mimeType: string;
  encoding: 'utf8' | 'base64';
  content: string;
}): void {
  if (file.encoding === 'utf8') {
    downloadTextFile(file.fileName, file.content, file.mimeType);
    return;
  }
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(file.fileName, new Blob([bytes], { type: file.mimeType }));
}

/** Saves bytes made in the renderer (a chart as PNG) through the browser's download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
