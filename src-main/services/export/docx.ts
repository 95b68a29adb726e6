// A Word document of a sheet: the sheet name as the title, then per quote its words and a
// two-column table of every other field. Built with the `docx` package, which escapes text for
// XML; characters XML cannot hold at all are dropped first, or Word would refuse the file.
import {
  BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx'
import type { SheetWithRows } from '../sheets.ts'
import { FIELDS, stripXmlInvalid } from './fields.ts'

/** Runs for a text with line breaks kept as breaks, not run together. */
function runs(value: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return stripXmlInvalid(value)
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }))
}

const LIGHT = { style: BorderStyle.SINGLE, size: 2, color: 'BBBBBB' }
const BORDERS = { top: LIGHT, bottom: LIGHT, left: LIGHT, right: LIGHT, insideHorizontal: LIGHT, insideVertical: LIGHT }

function fieldTable(rows: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2200, 7000],
    borders: BORDERS,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 2200, type: WidthType.DXA }, children: [new Paragraph({ children: runs(label, { bold: true }) })] }),
            new TableCell({ width: { size: 7000, type: WidthType.DXA }, children: [new Paragraph({ children: runs(value) })] }),
          ],
        }),
    ),
  })
}

export async function renderDocx(sheet: SheetWithRows): Promise<Uint8Array> {
  const [, quoteField, ...details] = FIELDS
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(sheet.name) })]
  if (sheet.rows.length === 0) children.push(new Paragraph({ children: runs('This sheet has no quotes yet.') }))
  for (const row of sheet.rows) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        spacing: { before: 360 },
        children: [new TextRun({ text: `${row.position}. “` }), ...runs(quoteField.value(row), { italics: true }), new TextRun('”')],
      }),
      fieldTable(details.map((f) => [f.label, f.value(row)])),
    )
  }
  const doc = new Document({
    title: stripXmlInvalid(sheet.name),
    creator: 'Verbatim',
    sections: [{ children }],
  })
  return Packer.toBuffer(doc)
}
