// A standalone web page of a sheet. Imported article text is hostile, so every value is escaped
// (nothing from a quote can become markup), nothing is a link (a source could be javascript:…),
// and a Content-Security-Policy allows no script, no fetch and only the page's own style block.
import { createHash } from 'node:crypto'
import type { SheetWithRows } from '../sheets.ts'
import { FIELDS, stripXmlInvalid } from './fields.ts'

export function escapeHtml(value: string): string {
  return stripXmlInvalid(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
article { border-top: 1px solid #ccc; padding: 1rem 0; }
blockquote { font-size: 1.15rem; margin: 0 0 .75rem; white-space: pre-wrap; }
dl { display: grid; grid-template-columns: 9rem 1fr; gap: .2rem 1rem; margin: 0; }
dt { color: #666; } dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.status { font-weight: bold; }
`

// The policy names the style block by its hash rather than allowing inline style in general.
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64')
export const CSP =
  `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'none'; script-src 'none'; ` +
  `base-uri 'none'; form-action 'none'`

export function renderHtml(sheet: SheetWithRows): string {
  const name = escapeHtml(sheet.name)
  const [, quoteField, ...details] = FIELDS
  const articles = sheet.rows.map((row) => {
    const items = details
      .map((f) => {
        const cls = f.label === 'Status' ? ' class="status"' : ''
        return `      <dt>${escapeHtml(f.label)}</dt><dd${cls}>${escapeHtml(f.value(row))}</dd>`
      })
      .join('\n')
    return [
      `  <article id="q${row.position}">`,
      `    <blockquote>${row.position}. “${escapeHtml(quoteField.value(row))}”</blockquote>`,
      '    <dl>',
      items,
      '    </dl>',
      '  </article>',
    ].join('\n')
  })
  const empty = sheet.rows.length === 0 ? ['  <p>This sheet has no quotes yet.</p>'] : []
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${name}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `  <h1>${name}</h1>`,
    ...articles,
    ...empty,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
