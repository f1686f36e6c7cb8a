/** Path templates of the topup base (`/mall/bundle-groups/{group_id}/sims`): filled by the client, matched by the sandbox. */

const PLACEHOLDER = /^\{(\w+)\}$/;

/** Puts `{name}` segments' values into the path; returns the path and the parameters left for the query or body. */
export function fillPath(
  template: string,
  params: Readonly<Record<string, unknown>>,
): { path: string; rest: Record<string, unknown> } {
  const rest = { ...params };
  const path = template
    .split('/')
    .map((segment) => {
      const name = PLACEHOLDER.exec(segment)?.[1];
      if (name === undefined) return segment;
      delete rest[name];
      return encodeURIComponent(String(params[name] ?? ''));
    })
    .join('/');
  return { path, rest };
}

/** The template's `{name}` values in `path`, or null when the path is not of that template. */
export function matchPath(template: string, path: string): Record<string, string> | null {
  const want = template.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const name = PLACEHOLDER.exec(segment)?.[1];
    if (name === undefined) {
      if (segment !== got[index]) return null;
    } else {
      const value = decodeSegment(got[index]);
      if (value === null) return null;
      params[name] = value;
    }
  }
  return params;
}

function decodeSegment(segment: string): string | null {
  try {
    return segment === '' ? null : decodeURIComponent(segment);
  } catch {
    return null;
  }
}
