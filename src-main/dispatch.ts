// One request from the page, whatever the transport (Electron's ipcMain or the e2e harness): check
// the sender, parse the input with the contract's schema, call the handler, and return a Result.
// Nothing thrown here crosses the bridge: errors become { ok: false, error } values.
import { CHANNELS, contract, type Channel, type Output, type Parsed, type Result } from './shared/api.ts'

export type Handlers = { [C in Channel]: (input: Parsed<C>) => Output<C> | Promise<Output<C>> }

const isChannel = (name: unknown): name is Channel => typeof name === 'string' && (CHANNELS as readonly string[]).includes(name)

function describe(error: unknown): { code: string; message: string } {
  const e = error as { code?: unknown; message?: unknown; name?: unknown }
  const message = typeof e?.message === 'string' && e.message ? e.message : 'Something went wrong.'
  // Services throw named errors with messages written for people (SheetError, DecisionError, …).
  const code = typeof e?.code === 'string' && /^[a-z-]+$/.test(e.code) ? e.code : 'failed'
  return { code, message }
}

export async function dispatch(handlers: Handlers, channel: unknown, raw: unknown, trustedSender: boolean): Promise<Result<unknown>> {
  if (!trustedSender) return { ok: false, error: { code: 'forbidden', message: 'Request from an unknown frame' } }
  if (!isChannel(channel)) return { ok: false, error: { code: 'unknown-channel', message: `There is no channel ${String(channel).slice(0, 80)}` } }
  const parsed = contract[channel].input.safeParse(raw === undefined ? {} : raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    return { ok: false, error: { code: 'invalid-input', message: `${where}${issue?.message ?? 'Invalid input'}` } }
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    return { ok: false, error: describe(error) }
  }
}
