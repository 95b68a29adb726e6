// ipcMain.handle per channel. dispatch.ts checks the sending frame, parses the input and wraps the
// result, so nothing thrown in main crosses the bridge as a crash.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { dispatch, type Handlers } from './dispatch.ts'
import { CHANNELS } from './shared/api.ts'

export function registerIpc(handlers: Handlers, isTrustedFrame: (event: IpcMainInvokeEvent) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, raw: unknown) => dispatch(handlers, channel, raw, isTrustedFrame(event)))
  }
}
