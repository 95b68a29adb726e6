import { defineConfig } from '@playwright/test'

// Debian's Chromium: Playwright never downloads browsers here. The renderer is the built one
// (npm run build), served by each test from out/renderer; see e2e/harness.ts.
/** The Chromium the UI tests drive: Debian's, unless CHROMIUM_PATH names another (Chrome works too). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--disable-gpu', '--disable-quic', '--no-sandbox', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
]

export default defineConfig({
  testDir: 'e2e',
  testMatch: /.*\.spec\.ts$/,
  // Playwright empties its output folder at start: keep it apart from vitest's report.
  outputDir: 'test-results/playwright-artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.PW_WORKERS ? Number(process.env.PW_WORKERS) : 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: 'http://app.test/',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'app', testIgnore: /bench\.spec\.ts$/ },
    { name: 'bench', testMatch: /bench\.spec\.ts$/ },
  ],
})
