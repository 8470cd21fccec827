/** The .qdpx container: project.qde at the root and the source texts in sources/ (REFI-QDA 1.5 §7). */
import JSZip from 'jszip';
import type { ProjectExport } from './exportProject';

export async function writeQdpx(exp: ProjectExport): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date(0);
  zip.file('project.qde', exp.qde, { date });
  const folder = zip.folder('sources')!;
  for (const s of exp.sources) folder.file(s.name, s.text, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
