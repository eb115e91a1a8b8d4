import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './precompress';

const fromHere = (relativePath: string) => fileURLToPath(new URL(relativePath, import.meta.url));

export default defineConfig({
  root: fromHere('.'),
  // precompress: .br and .gz beside every script and style, which the API sends as they are.
  plugins: [react(), precompress()],
  resolve: {
    // The contracts are compiled into the bundle from source, so the web never waits for a lib build.
    alias: { '@twinning/contracts': fromHere('../../libs/contracts/src/index.ts') },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: { '/api': { target: 'http://127.0.0.1:3000' } },
  },
  preview: {
    port: 4300,
    proxy: { '/api': { target: 'http://127.0.0.1:3000' } },
  },
  build: {
    // The API serves the client from <workspace>/dist/apps/web.
    outDir: fromHere('../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // The libraries every page needs change less often than the app: their own chunks stay
        // cached across deploys. Other libraries (marked, DOMPurify…) go with the pages that use
        // them, so the home page does not download them.
        codeSplitting: {
          groups: [
            { name: 'react', test: /\/node_modules\/(react|react-dom|react-router|scheduler)\//, priority: 2 },
            { name: 'mantine', test: /\/node_modules\/@mantine\//, priority: 1 },
          ],
        },
      },
    },
  },
});
