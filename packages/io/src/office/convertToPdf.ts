// Converts an office file (PPTX deck, DOCX roadmap) to PDF with LibreOffice headless: a temporary
// copy, a profile of its own (parallel calls and a running LibreOffice do not clash), a timeout
// that kills the whole process group, the temporary folder removed afterwards. Calls within this
// process wait in a queue: LibreOffice takes most of the machine while it converts.

import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PdfUnavailableError } from './pdfUnavailableError';

export interface ConvertOptions {
  /** Milliseconds before LibreOffice is killed; default 60 000. */
  timeoutMs?: number;
  /**
   * The document's language as a BCP 47 tag ('tr-TR', 'en-GB'): LibreOffice writes chart numbers
   * in its convention (2,87 in Turkish). Default: the server's own locale.
   */
  locale?: string;
}

/** `tr-TR` -> `tr_TR.UTF-8`, the form LANG takes; undefined for anything that is not a plain tag. */
function posixLocale(tag: string | undefined): string | undefined {
  const match = /^([a-z]{2,3})(?:-([A-Z]{2}))?$/.exec(tag ?? '');
  if (!match) return undefined;
  return `${match[1]}${match[2] ? `_${match[2]}` : ''}.UTF-8`;
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** The last lines of LibreOffice's output kept in an error message. */
const STDERR_TAIL = 2_000;

/** The absolute path of `soffice` on PATH, or null when LibreOffice is not installed. */
export async function findSoffice(): Promise<string | null> {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (!folder) continue;
    const candidate = join(folder, 'soffice');
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder: try the next.
    }
  }
  return null;
}

let queue: Promise<unknown> = Promise.resolve();

function run(
  soffice: string,
  args: string[],
  timeoutMs: number,
  locale: string | undefined,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const env = locale ? { ...process.env, LANG: locale, LC_ALL: locale } : process.env;
    // detached: LibreOffice gets its own process group, so a timeout can kill its helpers too.
    const child = spawn(soffice, args, { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-STDERR_TAIL);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // The group is already gone.
        }
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut)
        reject(
          new Error(`LibreOffice did not finish the PDF within ${timeoutMs} ms and was stopped`),
        );
      else resolve({ code, output });
    });
  });
}

async function convert(
  file: Buffer,
  kind: 'pptx' | 'docx',
  options: ConvertOptions,
): Promise<Buffer> {
  const soffice = await findSoffice();
  if (!soffice) throw new PdfUnavailableError();
  const folder = await mkdtemp(join(tmpdir(), 'kume-pdf-'));
  try {
    const input = join(folder, `document.${kind}`);
    const outDir = join(folder, 'out');
    await writeFile(input, file);
    const profile = pathToFileURL(join(folder, 'profile')).href;
    const { code, output } = await run(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        input,
      ],
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      posixLocale(options.locale),
    );
    try {
      return await readFile(join(outDir, 'document.pdf'));
    } catch {
      // LibreOffice exits 0 even when it wrote nothing: the missing file is the real failure.
      throw new Error(
        `LibreOffice could not convert the ${kind.toUpperCase()} file to PDF (exit code ${code}): ${output.trim() || 'no output'}`,
      );
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The PDF of an office file. Throws PdfUnavailableError when `soffice` is not on PATH, and an
 * error with LibreOffice's output when the conversion fails or times out.
 */
export function convertToPdf(
  file: Buffer,
  kind: 'pptx' | 'docx',
  options: ConvertOptions = {},
): Promise<Buffer> {
  const result = queue.then(() => convert(file, kind, options));
  // The next call waits for this one whether it succeeded or not.
  queue = result.catch(() => undefined);
  return result;
}
