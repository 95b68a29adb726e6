// Lives apart from index.ts so every reader module can throw it without an import cycle.
import { CodedError } from '../../shared/errors.ts'
export class ReadError extends CodedError {}
