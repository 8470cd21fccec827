/** Builds the renderer (renderer/ -> dist/renderer) with relative URLs so app:// and the web host both serve it. */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    // The polyfill would be an inline script, which the CSP forbids; Chromium needs none.
    modulePreload: { polyfill: false },
    // Keep every asset a file: data: URLs and inline styles stay out of the CSP.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: { fs: { allow: ['..'] } },
});
