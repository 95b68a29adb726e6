// Writing a file so that readers see the old file or the whole new one, never a half-written one:
// write a temporary file in the same folder (same file system, so the rename is atomic), flush it
// to disk, then rename it over the target. On any failure the temporary file is removed.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  // 'wx': never follow or reuse something already at the temporary name.
  const fd = openSync(temp, 'wx', 0o644)
  let renamed = false
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    let written = 0
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
    fsyncSync(fd)
    closeSync(fd)
    renameSync(temp, target)
    renamed = true
  } finally {
    if (!renamed) {
      try {
        closeSync(fd)
      } catch {
        // already closed: the failure came after close
      }
      rmSync(temp, { force: true })
    }
  }
}
