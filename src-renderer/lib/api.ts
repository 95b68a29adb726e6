// The renderer's only way to the library: the window.api the preload exposes.
import type { VerbatimApi } from '../../src-main/shared/api.ts'

declare global {
  interface Window {
    api: VerbatimApi
  }
}

export const api: VerbatimApi = window.api
