import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // maplibre-gl alone is ~1 MB minified; it lives in its own chunk so the login page stays light.
    chunkSizeWarningLimit: 1200,
  },
});
