// Where the attribution benchmark lives. The articles are copyrighted news: they are read from the
// workplace's shared folder at run time and never copied into the repository.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const EVAL_DIR = process.env.VERBATIM_EVAL_DIR ?? new URL('../../shared/eval/', import.meta.url).pathname

export function requireEvalFile(name: string): string {
  const file = join(EVAL_DIR, name)
  if (!existsSync(file)) {
    console.error(
      `The benchmark data is not here: ${file} does not exist.\n` +
        'It ships only with the development workplace (../shared/eval next to the repository), not with a clone.\n' +
        'Set VERBATIM_EVAL_DIR to a folder holding dev.jsonl and score.mjs to run this benchmark.',
    )
    process.exit(2)
  }
  return file
}
