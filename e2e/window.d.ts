// Specs call window.api inside page.evaluate: the same type the renderer sees.
import type { VerbatimApi } from '../src-main/shared/api.ts'

declare global {
  interface Window {
    api: VerbatimApi
  }
}
