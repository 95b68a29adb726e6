// Exporting a sheet to a file: pick the renderer for the format, render in memory, then write the
// file atomically to a checked path. A failure leaves any existing file as it was.
import { basename, dirname } from 'node:path'
import type { SheetWithRows } from '../sheets.ts'
import { renderClaimReview } from './claimReview.ts'
import { renderCsv } from './csv.ts'
import { renderDocx } from './docx.ts'
import { checkExportTarget, ExportPathError, resolveExportPath } from './exportPath.ts'
import { renderHtml } from './html.ts'
import { renderJson } from './json.ts'
import { renderMarkdown } from './markdown.ts'
import { writeFileAtomic } from './writeAtomic.ts'

export { ExportPathError, resolveExportPath }

export const EXPORT_FORMATS = ['csv', 'md', 'docx', 'html', 'json', 'claimreview'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

type Renderer = (sheet: SheetWithRows) => string | Promise<Uint8Array>

const RENDERERS: Record<ExportFormat, Renderer> = {
  csv: renderCsv,
  md: renderMarkdown,
  docx: renderDocx,
  html: renderHtml,
  json: renderJson,
  claimreview: renderClaimReview,
}

/** The usual file extension of each format, for a default file name. */
export const EXTENSIONS: Record<ExportFormat, string> = {
  csv: '.csv', md: '.md', docx: '.docx', html: '.html', json: '.json', claimreview: '.jsonld',
}

export function isExportFormat(word: string): word is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(word)
}

export function renderSheet(sheet: SheetWithRows, format: ExportFormat): string | Promise<Uint8Array> {
  return RENDERERS[format](sheet)
}

/**
 * Writes the sheet to outPath, which must name a file (not a folder) in an existing folder; the
 * file name part is held to resolveExportPath's rules. Returns the absolute path written.
 */
export async function exportSheet(sheet: SheetWithRows, format: ExportFormat, outPath: string): Promise<string> {
  if (!isExportFormat(format)) throw new ExportPathError(`Unknown export format "${String(format)}"`)
  if (/[/\\]$/.test(outPath)) throw new ExportPathError(`${outPath} names a folder, not a file`)
  const folder = dirname(outPath)
  const target = resolveExportPath(folder, basename(outPath))
  checkExportTarget(target, folder)
  // Render fully before touching the disk: a renderer that fails writes nothing.
  const data = await renderSheet(sheet, format)
  writeFileAtomic(target, data)
  return target
}
