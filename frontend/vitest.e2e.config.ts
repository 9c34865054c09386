import { defineConfig } from 'vitest/config';

// End-to-end tests: one real Quire jar on a fresh database (started in e2e/global-setup.ts), driven through
// Debian's Chromium with playwright-core. The files run one after another; each test opens its own browser contexts.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
