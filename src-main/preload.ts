// The only bridge between the page and main: window.api, built from the contract's channel list.
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS } from './shared/channels.ts'
import type { VerbatimApi } from './shared/api.ts'

const api = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as VerbatimApi

contextBridge.exposeInMainWorld('api', api)
