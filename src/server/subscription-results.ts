import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';

/**
 * graphql-js's `subscribe`, with each event executed by one small object instead of its async mapping iterator
 * (an async frame and four closures per subscription): an idle subscriber then waits on the source's promise and
 * one derived from it. Same results: the source stream's errors are the subscription's result, and each event is
 * executed with the event as its root value.
 */
export async function subscribeToResults(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  return Symbol.asyncIterator in source ? new SubscriptionResults(source[Symbol.asyncIterator](), args) : source;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

class SubscriptionResults implements AsyncIterableIterator<ExecutionResult> {
  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    return this.source.next().then((event) => (event.done ? event : this.executed(event.value)));
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    return DONE;
  }

  async throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
    if (!this.source.throw) throw error;
    await this.source.throw(error);
    return DONE;
  }

  /** A failure to execute ends the source too, as graphql-js does. */
  private async executed(event: unknown): Promise<IteratorResult<ExecutionResult>> {
    try {
      return { done: false, value: await execute({ ...this.args, rootValue: event }) };
    } catch (error) {
      await this.return();
      throw error;
    }
  }
}
