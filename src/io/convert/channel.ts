/**
 * A one-consumer async queue with backpressure: `push` waits while `limit` batches are queued, so a fast
 * producer feeding several slow writers holds at most `limit` batches per writer in memory.
 *
 * @example
 * const channel = new Channel<Quote>();
 * const done = writeCsv('quotes', channel, output);
 * await channel.push([quote]); channel.close(); await done;
 */
export class Channel<T> implements AsyncIterable<T> {
  private readonly queue: T[][] = [];
  private closed = false;
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;
  private readonly limit: number;
  private failure: unknown;

  constructor(limit = 4) {
    this.limit = limit;
  }

  /** Queues a batch; resolves once the queue has room again. */
  async push(batch: T[]): Promise<void> {
    if (this.closed) throw new Error('push after close');
    if (batch.length === 0) return;
    this.queue.push(batch);
    this.wake('consumer');
    while (this.queue.length >= this.limit && this.failure === undefined) await new Promise<void>((resolve) => (this.wakeProducer = resolve));
    if (this.failure !== undefined) throw this.failure;
  }

  /** The consumer failed: pending and later pushes throw `error`. */
  abort(error: unknown): void {
    this.failure = error ?? new Error('channel aborted');
    this.queue.length = 0;
    this.wake('producer');
  }

  /** No more batches will come; the consumer ends after the queued ones. */
  close(): void {
    this.closed = true;
    this.wake('consumer');
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      const batch = this.queue.shift();
      if (batch !== undefined) {
        this.wake('producer');
        yield* batch;
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
    }
  }

  private wake(side: 'consumer' | 'producer'): void {
    const wake = side === 'consumer' ? this.wakeConsumer : this.wakeProducer;
    if (side === 'consumer') this.wakeConsumer = undefined;
    else this.wakeProducer = undefined;
    wake?.();
  }
}
