import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

// electron-vite only finds src/main|preload|renderer by itself: every entry is given explicitly.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The import worker is its own entry: main starts it with new Worker(new URL('./importWorker.js')).
      // So are the reader worker (PDF/DOCX/e-mail) that services/readBridge.ts starts and the query
      // worker (search, verify) that services/queries/queryThread.ts starts.
      rollupOptions: {
        input: {
          index: resolve('src-main/index.ts'),
          importWorker: resolve('src-main/services/importWorker.ts'),
          readWorker: resolve('src-main/services/readWorker.ts'),
          queryWorker: resolve('src-main/services/queries/queryWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be CommonJS.
      rollupOptions: {
        input: { preload: resolve('src-main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [svelte()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('src-renderer/index.html') } },
    },
  },
})
