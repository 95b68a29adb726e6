// The renderer's only way to the library: the window.api the preload (or the e2e harness) exposes.
// call() unwraps a Result: a failure becomes an ApiError whose message is written for people.
import type { AppEvent, AppEvents, Channel, DroppedFiles, Input, Output, Result, VerbatimApi } from '../../src-main/shared/api.ts'

declare global {
  interface Window {
    api: VerbatimApi
    droppedFiles?: DroppedFiles
    appEvents?: AppEvents
  }
}

/** Hears what main pushes (import progress); returns the function that stops listening. */
export function onAppEvent(listener: (event: AppEvent) => void): () => void {
  return window.appEvents?.subscribe(listener) ?? (() => {})
}

export class ApiError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.code = code
  }
}

export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  // One signature per channel: TypeScript cannot narrow the union by C, so name the one we call.
  const method = window.api[channel] as unknown as (input: Input<C>) => Promise<Result<Output<C>>>
  const result = await method(input)
  if (!result.ok) throw new ApiError(result.error.code, result.error.message)
  return result.value as Output<C>
}
