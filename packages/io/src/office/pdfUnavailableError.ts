// The error for a PDF asked of a machine without LibreOffice: the server answers it with 503
// `pdf_unavailable`, the command line with its message.

export class PdfUnavailableError extends Error {
  constructor() {
    super('PDF needs LibreOffice: apt-get install libreoffice-impress libreoffice-writer');
    this.name = 'PdfUnavailableError';
  }
}
