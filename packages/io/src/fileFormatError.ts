// A file that cannot be read as what it claims to be, or is too large: the message names the
// file and, where known, the line. The server answers 400 (413 for too large), the CLI exits 2.

export class FileFormatError extends Error {
  constructor(
    readonly code: 'unsupported_file' | 'payload_too_large',
    message: string,
  ) {
    super(message);
    this.name = 'FileFormatError';
  }
}
