// App lifecycle and the window. The page is sandboxed and isolated: it reaches the library only
// through the preload's window.api, and it may not navigate, open windows or ask for permissions.
import { app, BrowserWindow, session, shell } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Library } from './services/library.ts'
import { registerIpc } from './ipc.ts'
import { LIBRARY_FILE } from './store/paths.ts'

const here = fileURLToPath(new URL('.', import.meta.url))
const RENDERER_URL = process.env.ELECTRON_RENDERER_URL

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    title: 'Verbatim',
    webPreferences: {
      preload: join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  })
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url)
    return { action: 'deny' }
  })
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  if (RENDERER_URL) void window.loadURL(RENDERER_URL)
  else void window.loadFile(join(here, '../renderer/index.html'))
  return window
}

app.setName('Verbatim')
void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  const library = new Library(join(app.getPath('userData'), LIBRARY_FILE))
  const window = createWindow()
  registerIpc(library, (event) => event.senderFrame === window.webContents.mainFrame)
  app.on('window-all-closed', () => {
    library.close()
    app.quit()
  })
})
