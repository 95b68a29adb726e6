// Errors the command line turns into one line on stderr and an exit code, instead of a stack trace.

/** The command line itself was wrong: exit code 2. */
export class UsageError extends Error {}

export function parseQuoteId(word: string): number {
  if (!/^\d{1,15}$/.test(word) || Number(word) < 1) {
    throw new UsageError(`"${word}" is not a quote id (the "id" that \`verbatim quotes --json\` and \`verbatim review\` print)`)
  }
  return Number(word)
}
