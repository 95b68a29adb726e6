// The e2e transport: the built renderer and the real services, with only the bridge swapped.
//   app:  renderer → window.api (preload, contextBridge) → ipcRenderer.invoke → ipcMain.handle → services → SQLite
//   e2e:  renderer → window.api (addInitScript)          → page.exposeBinding  → services (here)  → SQLite
// window.api is built from the same CHANNELS list as the preload's, and every call goes through the
// same dispatch() as ipc.ts (sender check, zod parse, errors as values). Events main pushes (the
// app's webContents.send) reach window.appEvents through page.evaluate. PDF export prints with this
// Chromium's printToPDF, the engine Electron's printToPDF drives. Each test gets a fresh temporary
// library, seeded with the demo as on a first launch.
import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'
import { dispatch } from '../src-main/dispatch.ts'
import { CHANNELS } from '../src-main/shared/channels.ts'
import { createTestApp, REPO, type TestApp } from '../src-main/testApp.ts'

export const RENDERER_DIR = join(REPO, 'out', 'renderer')
export const SCREENSHOTS = join(REPO, 'test-results', 'screenshots')
export const APP_URL = 'http://app.test/index.html'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json',
}

/** Requests the page made to anywhere but the app itself: a test fails if there are any. */
export interface Sandbox {
  outside: string[]
  errors: string[]
  cspViolations: string[]
}

export async function serveApp(page: Page, sandbox: Sandbox): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first')
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== 'http://app.test') {
      sandbox.outside.push(route.request().url())
      return route.abort('blockedbyclient')
    }
    const file = normalize(join(RENDERER_DIR, decodeURIComponent(url.pathname)))
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' })
    return route.fulfill({ status: 200, body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' })
  })
  page.on('pageerror', (error) => sandbox.errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') sandbox.errors.push(message.text())
    if (/Content Security Policy/i.test(message.text())) sandbox.cspViolations.push(message.text())
  })
}

export async function connect(page: Page, app: TestApp): Promise<void> {
  app.onEvent = (event) => {
    page.evaluate((e) => (window as unknown as { __verbatimEvent?: (e: unknown) => void }).__verbatimEvent?.(e), event).catch(() => {
      // The page is gone (the test ended): nobody is listening.
    })
  }
  app.printPdf = async (html, path) => {
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: false, offline: true })
    try {
      const printer = await context.newPage()
      await printer.setContent(html)
      await printer.pdf({ path, format: 'A4', printBackground: true })
    } finally {
      await context.close()
    }
  }
  await page.exposeBinding('__verbatimInvoke', (source, channel: unknown, input: unknown) =>
    dispatch(app.handlers, channel, input, source.frame === source.page.mainFrame() && source.frame.url().startsWith('http://app.test/')),
  )
  await page.addInitScript((channels: readonly string[]) => {
    const invoke = (window as unknown as { __verbatimInvoke: (c: string, i: unknown) => Promise<unknown> }).__verbatimInvoke
    const api = Object.freeze(Object.fromEntries(channels.map((channel) => [channel, (input: unknown) => invoke(channel, input)])))
    Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false })
    const listeners = new Set<(event: unknown) => void>()
    Object.defineProperty(window, '__verbatimEvent', { value: (event: unknown) => listeners.forEach((l) => l(event)) })
    const appEvents = {
      subscribe(listener: (event: unknown) => void) {
        listeners.add(listener)
        return () => void listeners.delete(listener)
      },
    }
    Object.defineProperty(window, 'appEvents', { value: Object.freeze(appEvents), writable: false, configurable: false })
    // Electron's preload names a dropped file's path; here a test says which path a file name stands for.
    const dropPaths: Record<string, string> = {}
    Object.defineProperty(window, '__dropPaths', { value: dropPaths })
    Object.defineProperty(window, 'droppedFiles', { value: Object.freeze({ pathFor: (file: File) => dropPaths[file.name] ?? '' }) })
  }, CHANNELS)
}

interface Fixtures {
  app: TestApp
  appOptions: { seedDemo: boolean }
  sandbox: Sandbox
  /** The page with the app loaded on the Library view. */
  ui: Page
}

export const test = base.extend<Fixtures>({
  appOptions: [{ seedDemo: true }, { option: true }],
  app: async ({ appOptions }, use) => {
    const app = createTestApp(appOptions)
    await use(app)
    await app.close()
  },
  sandbox: async ({}, use) => {
    const sandbox: Sandbox = { outside: [], errors: [], cspViolations: [] }
    await use(sandbox)
    expect(sandbox.outside, 'requests outside the app').toEqual([])
    expect(sandbox.cspViolations, 'CSP violations').toEqual([])
    expect(sandbox.errors, 'errors in the page').toEqual([])
  },
  ui: async ({ page, app, sandbox }, use) => {
    await serveApp(page, sandbox)
    await connect(page, app)
    await page.goto(APP_URL)
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible()
    await use(page)
  },
})

export { expect }

/** Saves a screenshot of the whole window under test-results/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const path = join(SCREENSHOTS, `${name}.png`)
  await page.screenshot({ path, animations: 'disabled' })
  return path
}

/** axe-core on the current view: no serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
    `accessibility of ${label}`,
  ).toEqual([])
}

/** Goes to a view through the sidebar. */
export async function openView(page: Page, name: 'Library' | 'Quotes' | 'Speakers' | 'Verify' | 'Sheets' | 'Review'): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: new RegExp(`^${name}`) }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}
