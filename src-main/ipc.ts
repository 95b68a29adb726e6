// ipcMain.handle per channel: check the sending frame, parse the input, call a service, and return
// the result as a value. Nothing thrown here crosses the bridge as a crash.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS, contract, type Channel, type Output, type Result } from './shared/api.ts'
import type { Library } from './services/library.ts'

type Handlers = { [C in Channel]: (input: ReturnType<(typeof contract)[C]['input']['parse']>) => Output<C> }

export function handlersFor(library: Library): Handlers {
  return {
    'quotes:list': ({ speaker }) => library.quotes({ speaker }),
  }
}

export function registerIpc(library: Library, isTrustedFrame: (event: IpcMainInvokeEvent) => boolean): void {
  const handlers = handlersFor(library)
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, raw: unknown): Result<unknown> => {
      if (!isTrustedFrame(event)) return { ok: false, error: { code: 'forbidden', message: 'Request from an unknown frame' } }
      const parsed = contract[channel].input.safeParse(raw ?? {})
      if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: parsed.error.issues[0]?.message ?? 'Invalid input' } }
      try {
        return { ok: true, value: handlers[channel](parsed.data) }
      } catch (error) {
        return { ok: false, error: { code: 'failed', message: (error as Error).message } }
      }
    })
  }
}
