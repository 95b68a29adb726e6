// Errors the command line turns into one line on stderr and an exit code, instead of a stack trace.

/** Exit codes: 0 all went well, 1 something failed (files named on stderr), 2 the command was wrong. */
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

/** The command line itself was wrong: exit code 2. */
export class UsageError extends Error {}

/** The command could not do what was asked (no such quote, nothing kept): one line, exit code 1. */
export class CommandFailure extends Error {}

export function parseQuoteId(word: string): number {
  if (!/^\d{1,15}$/.test(word) || Number(word) < 1) {
    throw new UsageError(`"${word}" is not a quote id (the "id" that \`verbatim quotes --json\` and \`verbatim review\` print)`)
  }
  return Number(word)
}
