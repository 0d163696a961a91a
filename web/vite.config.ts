import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The console is built by scripts/build-web.mjs (root: web/) into web/dist, which the server serves at
 * `/console/` (the public portal has `/`); CONSOLE_BASE is also the router's basename (web/src/App.tsx).
 * `npx vite web` runs a dev server (at /console/) that sends /api to a server started with `npm start` on port 3000.
 */
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd and React are one vendor chunk of about 1 MB before compression; that is expected, not a warning.
    chunkSizeWarningLimit: 1600,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
