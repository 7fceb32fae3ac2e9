import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // The app is served from inside the binary; relative paths keep it working
  // under Tauri's custom protocol.
  base: './',
  clearScreen: false,
  build: {
    target: 'safari15',
    outDir: 'dist',
    emptyOutDir: true,
    // One CSS file, no inline style tags: the CSP allows styles from 'self' only.
    cssCodeSplit: false,
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    // Behaviour tests call the real commands (a debug build, on a busy machine).
    testTimeout: 20_000,
  },
});
