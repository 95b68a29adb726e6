// The only bridge between the page and main: window.api, one function per channel of the contract,
// and window.appEvents for what main pushes (import progress). The page never sees ipcRenderer or
// an IPC event object: only the event's data.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { CHANNELS, EVENT_CHANNEL } from './shared/channels.ts'
import type { AppEvent, AppEvents, DroppedFiles, VerbatimApi } from './shared/api.ts'

const api = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as VerbatimApi

contextBridge.exposeInMainWorld('api', api)

// Files dropped on the window: the page sees File objects only; their paths come from here and go
// back through 'import:start', validated like any other input.
const droppedFiles: DroppedFiles = { pathFor: (file) => webUtils.getPathForFile(file) }
contextBridge.exposeInMainWorld('droppedFiles', droppedFiles)

const appEvents: AppEvents = {
  subscribe(listener) {
    const forward = (_event: IpcRendererEvent, data: AppEvent) => listener(data)
    ipcRenderer.on(EVENT_CHANNEL, forward)
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, forward)
  },
}
contextBridge.exposeInMainWorld('appEvents', appEvents)
