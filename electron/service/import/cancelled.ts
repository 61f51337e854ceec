import { ApiError } from '../../../shared/api';

/** Raised when the user cancels an import; nothing has been saved when it is thrown. */
export class ImportCancelled extends ApiError {
  constructor() {
    super('import/cancelled', 'The import was cancelled; nothing was saved.');
  }
}
