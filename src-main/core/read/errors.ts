// Lives apart from index.ts so every reader module can throw it without an import cycle.
export class ReadError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.code = code
    this.name = 'ReadError'
  }
}
