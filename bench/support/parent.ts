import type { ChildMessage, ParentMessage } from './messages.js';

export type Handlers = Record<string, (args: never) => unknown>;

/**
 * The child's side of `launch`: says `ready` with what the runner needs (URLs), then answers each request with
 * its handler's result. A child never outlives the runner: when the IPC channel closes, it exits.
 */
export function serveParent(
  ready: unknown,
  handlers: Handlers,
  onExit: () => Promise<void> = async () => undefined,
): void {
  if (!process.send) throw new Error('a bench child must be started by the bench runner (node:child_process fork)');
  const send = (message: ChildMessage) => process.send!(message);
  process.on('message', async ({ id, type, args }: ParentMessage) => {
    const handler = handlers[type];
    try {
      if (!handler) throw new Error(`no handler for ${type}`);
      send({ id, ok: true, value: (await handler(args as never)) ?? null });
    } catch (error) {
      send({ id, ok: false, error: (error as Error).stack ?? String(error) });
    }
  });
  let exiting = false;
  const exit = () => {
    if (exiting) return;
    exiting = true;
    // Closing may hang on a wedged socket; the runner's SIGKILL follows anyway, but do not wait for it.
    const deadline = setTimeout(() => process.exit(0), 1_000);
    void onExit().finally(() => {
      clearTimeout(deadline);
      process.exit(0);
    });
  };
  process.on('disconnect', exit);
  process.on('SIGTERM', exit);
  send({ ready });
}
