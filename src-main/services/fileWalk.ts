// Expanding the paths a user gives into the files to import: folders recursively, in a stable order.
// Unreadable folders and missing paths become failures naming the path, never an abort.
import { readdirSync, statSync, type Dirent } from 'node:fs'
import { extname, join } from 'node:path'
import { EXTENSIONS } from '../core/read/index.ts'

export const IMPORTABLE_EXTENSIONS = new Set(EXTENSIONS)

export interface WalkResult {
  files: string[]
  failures: { path: string; message: string }[]
  /** Files inside folders that are not articles (images, .DS_Store, …): left alone, counted. */
  skipped: number
}

/** The file-system calls the walk needs; tests pass their own to simulate an unreadable folder. */
export interface WalkFs {
  stat(path: string): { isDirectory(): boolean; isFile(): boolean }
  readdir(path: string): Dirent[]
}

const nodeFs: WalkFs = {
  stat: (path) => statSync(path),
  readdir: (path) => readdirSync(path, { withFileTypes: true }),
}

export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException
  switch (e.code) {
    case 'ENOENT': return 'no such file or folder (was it moved or deleted?)'
    case 'EACCES':
    case 'EPERM': return 'permission denied'
    case 'EISDIR': return 'is a folder'
    case 'ELOOP': return 'symbolic link loop'
    case 'ENOSPC': return 'the disk is full'
    default: return e.message ?? String(error)
  }
}

export function walk(paths: string[], fs: WalkFs = nodeFs): WalkResult {
  const result: WalkResult = { files: [], failures: [], skipped: 0 }
  const visit = (path: string, explicit: boolean) => {
    let stat
    try {
      stat = fs.stat(path)
    } catch (error) {
      result.failures.push({ path, message: describeFsError(error) })
      return
    }
    if (stat.isDirectory()) {
      let entries: Dirent[]
      try {
        entries = fs.readdir(path)
      } catch (error) {
        result.failures.push({ path, message: `cannot read folder: ${describeFsError(error)}` })
        return
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue
        visit(join(path, entry.name), false)
      }
    } else if (stat.isFile()) {
      if (IMPORTABLE_EXTENSIONS.has(extname(path).toLowerCase())) result.files.push(path)
      else if (explicit) result.failures.push({ path, message: `not a supported article format (${extname(path) || 'no extension'}); Verbatim reads .txt, .md, .html, .pdf, .docx, .odt, .epub, .rss/.atom/.xml feeds and .eml` })
      else result.skipped++
    } else if (explicit) {
      result.failures.push({ path, message: 'not a regular file' })
    }
  }
  for (const path of paths) visit(path, true)
  return result
}
