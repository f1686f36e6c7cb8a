import {
  execute as executeGraphql,
  getOperationAST,
  GraphQLError,
  parse as parseGraphql,
  subscribe as subscribeGraphql,
  validate as validateGraphql,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';
import {
  areGraphQLErrors,
  CloseCode,
  MessageType,
  stringifyMessage,
  type Context,
  type ServerOptions,
  type SubscribeMessage,
} from 'graphql-ws';

/** What an operation sends through and closes: its socket. */
export interface OperationSocket {
  /** Calls `sent` once the message is written (at once, without error, when the socket is no longer open). */
  send(data: string, sent: (error?: Error) => void): void;
  close(code: number, reason: string): void;
  /** A failure the protocol cannot tell the client of: the socket closes with 4500. */
  fail(error: unknown): void;
}

type Options<E> = ServerOptions<Record<string, unknown> | undefined, E>;
type ConnectionContext<E> = Context<Record<string, unknown> | undefined, E>;

/**
 * A `subscribe` message, handled as graphql-ws's `makeServer` does (same hooks, in the same order, same messages
 * and close codes), except that a running subscription is one small `Relay` waiting on its source's promise,
 * rather than graphql-ws's async frame (its registers, the message text, an emitter of three closures) kept for
 * the subscription's whole life. Settles once the operation is set up (a subscription then runs on its own), or
 * rejects on a failure the socket must close for, as graphql-ws's message handler does.
 */
export async function startOperation<E>(
  options: Options<E>,
  socket: OperationSocket,
  ctx: ConnectionContext<E> | null,
  message: SubscribeMessage,
): Promise<void> {
  if (!ctx?.acknowledged) return socket.close(CloseCode.Unauthorized, 'Unauthorized');
  const { id, payload } = message;
  if (id in ctx.subscriptions)
    return socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
  ctx.subscriptions[id] = null;
  const operation = new Relay(options, socket, ctx, id, payload);
  let running = false;
  try {
    let execArgs: ExecutionArgs;
    const given = await options.onSubscribe?.(ctx, id, payload);
    if (given) {
      if (areGraphQLErrors(given)) return id in ctx.subscriptions ? await operation.error(given) : undefined;
      if (Array.isArray(given))
        throw new Error('Invalid return value from onSubscribe hook, expected an array of GraphQLError objects');
      execArgs = given as ExecutionArgs;
    } else {
      const { schema } = options;
      if (!schema) throw new Error('The GraphQL schema is not provided');
      const args = {
        operationName: payload.operationName,
        document: (options.parse ?? parseGraphql)(payload.query),
        variableValues: payload.variables,
      };
      execArgs = { ...args, schema: typeof schema === 'function' ? await schema(ctx, id, payload, args) : schema };
      const invalid = (options.validate ?? validateGraphql)(execArgs.schema, execArgs.document);
      if (invalid.length > 0) return id in ctx.subscriptions ? await operation.error(invalid) : undefined;
    }
    const operationAST = getOperationAST(execArgs.document, execArgs.operationName);
    if (!operationAST)
      return id in ctx.subscriptions
        ? await operation.error([new GraphQLError('Unable to identify operation')])
        : undefined;
    if (!('rootValue' in execArgs)) execArgs.rootValue = options.roots?.[operationAST.operation];
    if (!('contextValue' in execArgs)) {
      const { context } = options;
      execArgs.contextValue = typeof context === 'function' ? await context(ctx, id, payload, execArgs) : context;
    }
    operation.args = execArgs;
    let result =
      operationAST.operation === 'subscription'
        ? await (options.subscribe ?? subscribeGraphql)(execArgs)
        : await (options.execute ?? executeGraphql)(execArgs);
    result = (await options.onOperation?.(ctx, id, payload, execArgs, result)) || result;
    if (Symbol.asyncIterator in Object(result)) {
      const source = (result as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]();
      if (!(id in ctx.subscriptions)) {
        if (typeof source.return === 'function') void source.return(undefined);
      } else {
        ctx.subscriptions[id] = result as AsyncIterable<ExecutionResult>;
        running = true;
        operation.relay(result as AsyncIterable<ExecutionResult>, source);
        return;
      }
    } else if (id in ctx.subscriptions) await operation.sendNext(result as ExecutionResult);
    await operation.complete(id in ctx.subscriptions);
  } finally {
    if (!running) delete ctx.subscriptions[id];
  }
}

/**
 * One operation's messages; for a subscription, its loop: one `next` asked of the source at a time, each result
 * sent and written before the next is asked (as graphql-ws does, so a slow socket lets the source fall behind).
 */
class Relay<E> {
  args: ExecutionArgs | null = null;
  /** What `ctx.subscriptions` holds for this subscription while it runs. */
  private running: AsyncIterable<ExecutionResult> | null = null;
  private source: AsyncIterator<ExecutionResult> | null = null;

  constructor(
    private readonly options: Options<E>,
    private readonly socket: OperationSocket,
    private readonly ctx: ConnectionContext<E>,
    private readonly id: string,
    /** For the hooks: the message itself (its text, its envelope) is not kept. */
    private readonly payload: SubscribeMessage['payload'],
  ) {}

  relay(running: AsyncIterable<ExecutionResult>, source: AsyncIterator<ExecutionResult>): void {
    this.running = running;
    this.source = source;
    this.pull();
  }

  /** Sends one result; resolves once it is written. */
  async sendNext(result: ExecutionResult): Promise<void> {
    await this.write(await this.nextMessage(result));
  }

  async error(errors: readonly GraphQLError[]): Promise<void> {
    const { id, payload } = this;
    const shown: readonly GraphQLFormattedError[] =
      (await this.options.onError?.(this.ctx, id, payload, errors)) || errors.map((error) => error.toJSON());
    await this.write(
      stringifyMessage({ id, type: MessageType.Error, payload: shown }, this.options.jsonMessageReplacer),
    );
  }

  async complete(notifyClient: boolean): Promise<void> {
    const { id, payload } = this;
    await this.options.onComplete?.(this.ctx, id, payload);
    if (notifyClient)
      await this.write(stringifyMessage({ id, type: MessageType.Complete }, this.options.jsonMessageReplacer));
  }

  private pull(): void {
    this.source!.next().then(
      (result) => this.received(result),
      (error: unknown) => this.end(error, false),
    );
  }

  /** Synchronous while the hooks are: an event costs no promise of its own beyond the source's. */
  private received(result: IteratorResult<ExecutionResult>): void {
    if (result.done) return void this.finish();
    let message: string | Promise<string>;
    try {
      message = this.nextMessage(result.value);
    } catch (error) {
      return this.end(error, true);
    }
    if (typeof message === 'string') return this.socket.send(message, (error) => this.written(error));
    message.then(
      (text) => this.socket.send(text, (error) => this.written(error)),
      (error: unknown) => this.end(error, true),
    );
  }

  private written(error: Error | undefined): void {
    if (error) this.end(error, true);
    else this.pull();
  }

  /**
   * A failure of the source, or of building or sending a result, is told to the client as one error, as graphql-ws's
   * loop does (a failure of the latter kind returns the source first); a failure to tell it closes the socket.
   */
  private end(error: unknown, closeSource: boolean): void {
    if (closeSource) void this.source!.return?.()?.catch(() => undefined);
    const original = error instanceof Error ? error : new Error(String(error));
    this.error([new GraphQLError(original.message, { originalError: original })]).then(
      () => {
        this.forget();
        this.finish();
      },
      (failure: unknown) => this.socket.fail(failure),
    );
  }

  /** The source ended (or the client or the socket ended it): `complete` is sent unless it was the client's doing. */
  private finish(): void {
    this.complete(this.subscribed).then(
      () => this.forget(),
      (failure: unknown) => this.socket.fail(failure),
    );
  }

  /** Whether `ctx.subscriptions` still holds this subscription (the client's `complete` and the close remove it). */
  private get subscribed(): boolean {
    return this.ctx.subscriptions[this.id] === this.running;
  }

  /** Only this subscription's entry: a later one may reuse the id. */
  private forget(): void {
    if (this.subscribed) delete this.ctx.subscriptions[this.id];
  }

  private nextMessage(result: ExecutionResult): string | Promise<string> {
    const { id, payload } = this;
    const shown = this.options.onNext?.(this.ctx, id, payload, this.args!, result);
    if (shown instanceof Promise) return shown.then((given) => this.nextText(result, given));
    return this.nextText(result, shown);
  }

  private nextText(result: ExecutionResult, shown: object | void): string {
    const { errors, ...withoutErrors } = result;
    const payload = shown || { ...withoutErrors, ...(errors ? { errors: errors.map((error) => error.toJSON()) } : {}) };
    return stringifyMessage(
      { id: this.id, type: MessageType.Next, payload: payload as ExecutionResult },
      this.options.jsonMessageReplacer,
    );
  }

  private write(data: string): Promise<void> {
    return new Promise((resolve, reject) => this.socket.send(data, (error) => (error ? reject(error) : resolve())));
  }
}
