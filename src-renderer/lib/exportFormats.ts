import type { ExportFormat } from '../../src-main/shared/api.ts'

/** DOCX first: it is what most newsrooms send around. */
export const EXPORT_FORMATS_LIST: ExportFormat[] = ['docx', 'csv', 'md', 'html', 'json', 'claimreview']
