// Reads a request body as UTF-8 text (a byte-order mark dropped), refusing one larger than a limit
// without buffering it.
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.js';

export function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) return Promise.reject(tooLarge(limitBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limitBytes) {
        // Stop buffering but keep draining, so the 413 can still be written on this socket.
        request.removeAllListeners('data');
        request.resume();
        reject(tooLarge(limitBytes));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(new TextDecoder('utf-8').decode(Buffer.concat(chunks))));
    request.on('error', reject);
  });
}

function tooLarge(limitBytes: number): HttpError {
  return new HttpError(413, 'BODY_TOO_LARGE', `the request body is larger than ${limitBytes} bytes`);
}
