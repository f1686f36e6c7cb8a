/** The IPC protocol between the runner and its children (see `child.ts` and `parent.ts`). */
export interface ParentMessage {
  id: number;
  type: string;
  args?: unknown;
}

export type ChildMessage =
  { ready: unknown } | { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
