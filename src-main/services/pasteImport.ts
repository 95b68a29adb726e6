// Importing text pasted into the app: the same read → analyze → store path as a file, in one
// transaction. The same text pasted twice is stored once (by SHA-256 of its UTF-8 bytes).
import { analyzeText } from '../core/analyze.ts'
import { readArticle } from '../core/read/index.ts'
import { ArticlesTable } from '../store/articles.ts'
import type { Db } from '../store/open.ts'
import { sha256 } from './importer.ts'

export interface PastedImport {
  articleId: number
  quotes: number
  duplicate: boolean
}

export function importText(db: Db, text: string, title?: string, now = new Date()): PastedImport {
  const body = text.replace(/\r\n?/g, '\n').trim()
  if (!body) throw new Error('There is no text to import: paste an article first.')
  const heading = title?.trim().replace(/\s+/g, ' ')
  const bytes = Buffer.from(heading ? `${heading}\n\n${body}\n` : `${body}\n`, 'utf8')
  const hash = sha256(bytes)
  const table = new ArticlesTable(db)
  const existing = table.idBySha(hash)
  if (existing !== null) return { articleId: existing, quotes: 0, duplicate: true }
  const read = readArticle(bytes, 'pasted.txt')
  const analyzed = analyzeText(read.text)
  const stored = table.insert({ sha256: hash, source: `pasted ${now.toISOString()}`, read, analyzed, importedAt: now.toISOString() })
  return { articleId: stored.id, quotes: stored.quotes, duplicate: false }
}
