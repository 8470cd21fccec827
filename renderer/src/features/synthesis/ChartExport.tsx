/** "Save as SVG" and "Save as PNG" under a chart: the chart's own SVG, styled as on screen (ui/svgFile). */
import type { RefObject } from 'react';
import { downloadBlob, downloadTextFile } from '../../ui/download';
import { svgFile, svgToPng } from '../../ui/svgFile';
import { showToast } from '../../ui/Toast';

export function ChartExport({
  chart,
  title,
  fileName,
}: {
  /** The element holding the chart's <svg>. */
  chart: RefObject<HTMLElement | null>;
  title: string;
  /** Without extension. */
  fileName: string;
}) {
  const file = () => {
    const svg = chart.current?.querySelector('svg');
    return svg ? svgFile(svg, title) : null;
  };
  const save = async (format: 'svg' | 'png') => {
    const f = file();
    if (!f) return;
    try {
      if (format === 'svg') downloadTextFile(`${fileName}.svg`, f.markup, 'image/svg+xml');
      else downloadBlob(`${fileName}.png`, await svgToPng(f));
      showToast({ message: `Saved ${fileName}.${format}` });
    } catch (err) {
      showToast({ message: err instanceof Error ? err.message : String(err), tone: 'error' });
    }
  };
  return (
    <div className="chart-export" role="group" aria-label={`Save ${title}`}>
      <button type="button" className="btn btn-small" onClick={() => void save('svg')}>
        Save as SVG
      </button>
      <button type="button" className="btn btn-small" onClick={() => void save('png')}>
        Save as PNG
      </button>
    </div>
  );
}
