// Where an export may be written: a plain file name inside the folder the user chose. The name may
// come from elsewhere (a sheet name, a renderer's form field), so anything that could climb out of
// the folder or name a device or stream is refused rather than cleaned up.
import { statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep, win32 } from 'node:path'

export class ExportPathError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExportPathError'
  }
}

const MAX_NAME_BYTES = 255

/** The absolute path of `fileName` inside `folder`; throws ExportPathError for anything else. */
export function resolveExportPath(folder: string, fileName: string): string {
  const show = JSON.stringify(fileName)
  if (folder.includes('\0')) throw new ExportPathError('The folder name holds a NUL character')
  if (!fileName.trim()) throw new ExportPathError('The export needs a file name')
  if (fileName.includes('\0')) throw new ExportPathError(`The file name ${show} holds a NUL character`)
  if (/[/\\]/.test(fileName)) throw new ExportPathError(`The file name ${show} holds a path separator; give the folder separately`)
  if (isAbsolute(fileName) || win32.isAbsolute(fileName)) throw new ExportPathError(`The file name ${show} is an absolute path`)
  if (fileName === '.' || fileName === '..') throw new ExportPathError(`${show} names a folder, not a file`)
  // "C:x" is drive-relative on Windows and "name:stream" an NTFS alternate stream.
  if (fileName.includes(':')) throw new ExportPathError(`The file name ${show} holds a colon`)
  if (/\p{Cc}/u.test(fileName)) throw new ExportPathError(`The file name ${show} holds a control character`)
  if (Buffer.byteLength(fileName) > MAX_NAME_BYTES) throw new ExportPathError(`The file name ${show} is too long`)
  const base = resolve(folder)
  const target = join(base, fileName)
  const rel = relative(base, target)
  if (!rel || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) throw new ExportPathError(`${show} is not inside ${base}`)
  return target
}

/** Checks the folder exists and the target is not a folder (a file there is replaced). */
export function checkExportTarget(target: string, folder: string): void {
  const dir = statSync(folder, { throwIfNoEntry: false })
  if (!dir?.isDirectory()) throw new ExportPathError(`The folder ${folder} does not exist`)
  const existing = statSync(target, { throwIfNoEntry: false })
  if (existing && !existing.isFile()) throw new ExportPathError(`${target} exists and is not a file`)
}
