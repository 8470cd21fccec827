/** Line icons for the sidebar and empty states, drawn on a 16-unit grid; decorative only. */
const PATHS: Record<string, string> = {
  plan: 'M3.5 2.5h9v11h-9zM5.5 5.5l1 1 2-2M5.5 9.5l1 1 2-2M10 5.5h1M10 9.5h1',
  interviews: 'M3 3.5h10v7H7l-3 2.5v-2.5H3z',
  participants: 'M8 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM3 13.5c.6-2.3 2.6-3.5 5-3.5s4.4 1.2 5 3.5',
  segments: 'M7.5 2.5a5.5 5.5 0 1 0 5.5 5.5H7.5zM9.5 1.5a4.5 4.5 0 0 1 4.5 4.5H9.5z',
  companies: 'M3 13.5V3.5h6v10M9 6.5h4v7M5 6h2M5 8.5h2M5 11h2M11 9h0M2 13.5h12',
  questions: 'M6 6a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.2v.5M8 11.5v.5M2.5 8a5.5 5.5 0 1 0 11 0 5.5 5.5 0 0 0-11 0',
  codebook: 'M3 3h7l3 3v7H3zM6 7h4M6 9.5h4',
  quotes: 'M4 7.5h2.5V11H3V8c0-2 1-3 2.5-3.5M10 7.5h2.5V11H9V8c0-2 1-3 2.5-3.5',
  synthesis: 'M3 13V9M6.5 13V6M10 13V8M13.5 13V3',
  personas: 'M3 3h10v10H3zM8 8.2a1.7 1.7 0 1 0 0-3.4 1.7 1.7 0 0 0 0 3.4zM5.5 11c.4-1 1.3-1.6 2.5-1.6s2.1.6 2.5 1.6',
  jobs: 'M2.5 13h3v-3h3V7h3V4h2M2.5 13h11',
  icp: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z',
  agreement: 'M6 11.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM10 11.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z',
  search: 'M7 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zM10.5 10.5L14 14',
  project: 'M2.5 4.5h4l1.5 1.5h5.5v6.5h-11z',
  chevron: 'M5 6.5l3 3 3-3',
  plus: 'M8 3.5v9M3.5 8h9',
};

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false" className="icon">
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
