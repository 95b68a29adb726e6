// An error meant for the user: a message in their words and a code saying what kind it is, so the
// CLI prints one line and the app shows a sentence instead of a stack trace.
export class CodedError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.code = code
    this.name = new.target.name
  }
}
