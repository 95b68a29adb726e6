// The only bridge between the page and main: window.api, one function per channel of the contract.
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { CHANNELS } from './shared/channels.ts'
import type { DroppedFiles, VerbatimApi } from './shared/api.ts'

const api = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as VerbatimApi

contextBridge.exposeInMainWorld('api', api)

// Files dropped on the window: the page sees File objects only; their paths come from here and go
// back through 'import:start', validated like any other input.
const droppedFiles: DroppedFiles = { pathFor: (file) => webUtils.getPathForFile(file) }
contextBridge.exposeInMainWorld('droppedFiles', droppedFiles)
