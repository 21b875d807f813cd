// "deflate" as servers send it: zlib-wrapped (RFC 1950, per the spec) or raw (RFC 1951, old IIS). Sniffs which.
import { Transform, type TransformCallback } from 'node:stream';
import { createInflate, createInflateRaw, constants as zlib, type Inflate, type InflateRaw } from 'node:zlib';

/** A zlib header: compression method 8 and a check value that makes the first two bytes a multiple of 31. */
export function isZlibHeader(first: number, second: number): boolean {
  return (first & 0x0f) === 8 && first >> 4 <= 7 && ((first << 8) | second) % 31 === 0;
}

export class DeflateDecoder extends Transform {
  private inner: Inflate | InflateRaw | null = null;
  private head = Buffer.alloc(0);

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.inner) return this.forward(chunk, done);
    this.head = Buffer.concat([this.head, chunk]);
    if (this.head.length < 2) return done();
    this.start();
    this.forward(this.head, done);
  }

  override _flush(done: TransformCallback): void {
    let inner = this.inner;
    if (!inner) {
      if (this.head.length === 0) return done();
      // A one-byte body is still handed over, so a broken one fails loudly.
      inner = this.start();
      inner.write(this.head);
    }
    inner.once('end', () => done());
    inner.end();
  }

  override _destroy(error: Error | null, done: (error: Error | null) => void): void {
    this.inner?.destroy();
    done(error);
  }

  private start(): Inflate | InflateRaw {
    const options = { finishFlush: zlib.Z_SYNC_FLUSH };
    const zlibWrapped = isZlibHeader(this.head[0] ?? 0, this.head[1] ?? 0);
    const inner = zlibWrapped ? createInflate(options) : createInflateRaw(options);
    inner.on('data', (data: Buffer) => this.push(data));
    inner.on('error', (error) => this.destroy(error));
    this.inner = inner;
    return inner;
  }

  private forward(chunk: Buffer, done: TransformCallback): void {
    const inner = this.inner as Inflate | InflateRaw;
    if (inner.write(chunk)) done();
    else inner.once('drain', () => done());
  }
}
