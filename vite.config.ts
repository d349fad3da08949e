import path from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The API process serves the built app from dist/web; in development Vite serves it and
// forwards the API to the locally running server.
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'web'),
  // The public website owns the root; the app lives under /app/ (docs/public-website.md).
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    // One bundle for the whole app: React and the design system are most of it (≈150 KB gzip);
    // zod comes along with the validation rules the forms share with the server.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
})
