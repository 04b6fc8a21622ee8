// Reads an input file as text: binary files are refused, UTF-8 is read as such, and lines that
// are not UTF-8 are read as Windows-1252 (Latin-1) with a warning, rather than losing the file.
import fs from 'node:fs';
import type { IngestWarning } from './types.js';

/**
 * Text that is really binary data: a NUL, or control characters (other than tab, line and page
 * breaks) in more than one character of a hundred, as random or compressed bytes have (about one
 * in eight) and no prose does. Decoded text is judged, so Latin-1 and UTF-8 prose both pass.
 */
export function isBinaryText(text: string): boolean {
  let controls = 0;
  for (let position = 0; position < text.length; position += 1) {
    const code = text.charCodeAt(position);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127) controls += 1;
  }
  return controls * 100 > text.length;
}

/** The file's text, or null (with a warning) when it cannot be read or is binary. */
export function readText(file: string, shown: string, warnings: IngestWarning[]): string | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'read error';
    warnings.push({ file: shown, line: null, message: `cannot be read (${reason}); skipped` });
    return null;
  }
  if (bytes.includes(0)) {
    warnings.push({ file: shown, line: null, message: 'binary file (contains NUL bytes); skipped' });
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeMixed(bytes, shown, warnings);
  }
}

/**
 * Text that is not all UTF-8: each line that is valid UTF-8 stays so, each other line is read as
 * Windows-1252 (a superset of Latin-1, what older Windows tools save), where every byte is a
 * character. One stray byte then costs nothing, and a whole Latin-1 file reads correctly.
 */
function decodeMixed(bytes: Buffer, shown: string, warnings: IngestWarning[]): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const lines: string[] = [];
  let firstBadLine = 0;
  let badLines = 0;
  let start = 0;
  for (let lineNumber = 1; start <= bytes.length; lineNumber += 1) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline + 1;
    const line = bytes.subarray(start, end);
    try {
      lines.push(utf8.decode(line));
    } catch {
      lines.push(decodeWindows1252(line));
      badLines += 1;
      firstBadLine ||= lineNumber;
    }
    if (newline === -1) break;
    start = end;
  }
  const count = badLines === 1 ? '1 line' : `${badLines} lines`;
  warnings.push({ file: shown, line: firstBadLine, message: `${count} not valid UTF-8 (the first here); read as Windows-1252 (Latin-1)` });
  return lines.join('');
}

/** Windows-1252's printable characters at 0x80-0x9F, where Latin-1 has control codes. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Node's own "windows-1252" decoder is plain Latin-1 and loses curly quotes, bullets and dashes. */
function decodeWindows1252(bytes: Buffer): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
  return text;
}
