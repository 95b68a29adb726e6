// App lifecycle and the window. The page is sandboxed and isolated: it reaches the library only
// through the preload's window.api, and it may not navigate, open windows or ask for permissions.
import { app, BrowserWindow, dialog, Menu, session, type WebContents } from 'electron'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { EXTENSIONS } from './core/read/index.ts'
import { handlersFor, type Platform } from './handlers.ts'
import { menuTemplate } from './menu.ts'
import { registerIpc } from './ipc.ts'
import { Demo, stateFileFor } from './services/demo.ts'
import { ImportJobs } from './services/importJobs.ts'
import { Library } from './services/library.ts'
import { QueryThread } from './services/queries/queryThread.ts'
import { EVENT_CHANNEL } from './shared/channels.ts'
import type { AppEvent } from './shared/api.ts'
import { LIBRARY_FILE } from './store/paths.ts'

const here = fileURLToPath(new URL('.', import.meta.url))
const RENDERER_URL = process.env.ELECTRON_RENDERER_URL
const RENDERER_FILE = join(here, '../renderer/index.html')
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** The page the app ships, and nothing else, may call window.api. */
function isAppPage(url: string): boolean {
  if (RENDERER_URL && url.startsWith(RENDERER_URL)) return true
  return url.split('#')[0] === pathToFileURL(RENDERER_FILE).href
}

/** Every web contents the app ever creates: no navigation, no new windows, no webviews. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

type Bounds = { x: number; y: number; width: number; height: number }

/** The window's last position and size, kept in the app's state file next to the library. */
function savedBounds(stateFile: string): Partial<Bounds> {
  try {
    const bounds = (JSON.parse(readFileSync(stateFile, 'utf8')) as { windowBounds?: Bounds }).windowBounds
    return bounds && [bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite) ? bounds : {}
  } catch {
    return {}
  }
}

function saveBounds(stateFile: string, windowBounds: Bounds): void {
  let state: Record<string, unknown> = {}
  try {
    state = JSON.parse(readFileSync(stateFile, 'utf8')) as Record<string, unknown>
  } catch {
    // No state yet: start one.
  }
  writeFileSync(stateFile, JSON.stringify({ ...state, windowBounds }, null, 2))
}

function createWindow(stateFile: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    ...savedBounds(stateFile),
    minWidth: 900,
    minHeight: 560,
    title: 'Verbatim',
    webPreferences: {
      preload: join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A middle click must not open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  window.on('close', () => saveBounds(stateFile, window.getNormalBounds()))
  if (RENDERER_URL) void window.loadURL(RENDERER_URL)
  else void window.loadFile(RENDERER_FILE)
  return window
}

async function printPdf(html: string, path: string): Promise<void> {
  // The export's HTML is escaped text; it is still printed with JavaScript off, in a sandbox.
  const printer = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' },
  })
  try {
    await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
    writeFileSync(path, await printer.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }))
  } finally {
    printer.destroy()
  }
}

app.setName('Verbatim')
app.on('web-contents-created', (_event, contents) => lockDown(contents))

void app.whenReady().then(() => {
  const deny = session.defaultSession
  deny.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  deny.setPermissionCheckHandler(() => false)
  deny.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })

  const libraryPath = join(app.getPath('userData'), LIBRARY_FILE)
  const library = new Library(libraryPath)
  const stateFile = stateFileFor(libraryPath)
  const demo = new Demo(library.db, join(app.getAppPath(), 'seeds'), stateFile)
  demo.seedOnFirstLaunch()
  const jobs = new ImportJobs(libraryPath, new URL('./importWorker.js', import.meta.url))
  const queries = new QueryThread(libraryPath, new URL('./queryWorker.js', import.meta.url))
  const window = createWindow(stateFile)
  const emit = (event: AppEvent) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event)
  }
  jobs.onChange = (job) => emit({ type: 'import:progress', job })
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, (command) => emit({ type: 'menu', command }))))

  const platform: Platform = {
    shell: 'electron',
    async chooseImportPaths(kind) {
      const result = await dialog.showOpenDialog(window, {
        title: kind === 'folder' ? 'Import a folder of articles' : 'Import articles',
        properties: kind === 'folder' ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
        filters: kind === 'folder' ? [] : [{ name: 'Articles', extensions: EXTENSIONS.map((e) => e.slice(1)) }],
      })
      return result.canceled ? [] : result.filePaths
    },
    async chooseSavePath(defaultName, format) {
      const result = await dialog.showSaveDialog(window, {
        title: `Export sheet as ${format.toUpperCase()}`,
        defaultPath: join(app.getPath('documents'), defaultName),
      })
      return result.canceled || !result.filePath ? null : result.filePath
    },
    printPdf,
  }
  registerIpc(
    handlersFor({ library, jobs, queries, demo, platform }),
    (event) => event.senderFrame !== null && event.senderFrame === window.webContents.mainFrame && isAppPage(event.senderFrame.url),
  )
  app.on('window-all-closed', () => {
    void Promise.all([jobs.cancelAll(), queries.close()]).finally(() => {
      library.close()
      app.quit()
    })
  })
})
