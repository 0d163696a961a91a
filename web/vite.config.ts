import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The console is built by scripts/build-web.mjs (root: web/) into web/dist, which the server serves at
 * `/console/` (the public portal has `/`); CONSOLE_BASE is also the router's basename (web/src/App.tsx).
 * `npx vite web` runs a dev server (at /console/) that sends /api to a server started with `npm start` on port 3000.
 *
 * The console is installable (a PWA) so a cadre's visit form opens in a village without network: the service
 * worker precaches the built assets and answers every page of the console with index.html; the API is never
 * cached (an answer from yesterday would be a lie — visits made offline wait in IndexedDB, web/src/offline/).
 * The icons are PNGs rendered from web/public/icon.svg by web/scripts/icons.mjs.
 */
export default defineConfig({
  base: '/console/',
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: '真扶',
        short_name: '真扶',
        description: '真扶 Zhenfu 精准扶贫工作平台',
        lang: 'zh-CN',
        start_url: '/console/',
        scope: '/console/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#b71c1c',
        icons: [
          { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // antd and React are one vendor chunk of about 1 MB: precached like the rest.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/console/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd and React are one vendor chunk of about 1 MB before compression; that is expected, not a warning.
    chunkSizeWarningLimit: 1600,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
