// Where the app keeps its library. The CLI computes the same folder Electron's
// app.getPath('userData') gives for an app named "Verbatim", so app and CLI share one library.
import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Verbatim'
export const LIBRARY_FILE = 'library.sqlite'

export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME)
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME)
}

export function defaultLibraryPath(): string {
  return join(userDataDir(), LIBRARY_FILE)
}
