import { BlockList, isIP } from 'node:net';

/**
 * Address lists for the webhook routes (`WEBHOOK_ALLOWED_SOURCES`, `WEBHOOK_TRUSTED_PROXIES`): CIDR blocks or
 * single addresses, IPv4 and IPv6. An IPv4 sender seen by a dual-stack socket as `::ffff:a.b.c.d` matches an
 * IPv4 block, and the reverse (node's BlockList compares the mapped forms).
 */
export class AddressList {
  private readonly blocks = new BlockList();

  /** Throws with a message naming the first entry that is not an address or a CIDR block. */
  constructor(readonly entries: readonly string[]) {
    for (const entry of entries) {
      const [address, prefix, extra] = entry.split('/');
      const family = isIP(address);
      const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
      if (family === 0 || extra !== undefined || !/^\d{1,3}$/.test(String(bits)) || bits > (family === 6 ? 128 : 32)) {
        throw new Error(`"${entry}" is not an IP address or a CIDR block (e.g. 203.0.113.0/24, 2001:db8::/32)`);
      }
      this.blocks.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
    }
  }

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  has(address: string | undefined): boolean {
    const family = address === undefined ? 0 : isIP(address);
    return family !== 0 && this.blocks.check(address!, family === 6 ? 'ipv6' : 'ipv4');
  }
}

/** Splits a comma or space separated list. */
export function addressEntries(raw: string): string[] {
  return raw.split(/[\s,]+/).filter((entry) => entry !== '');
}

/**
 * Who sent a request: the socket's peer, unless that peer is a trusted proxy; then the nearest `X-Forwarded-For`
 * hop that is not one (read right to left, since a client can write anything on the left). Without trusted
 * proxies the header is never read: anyone can send one.
 */
export function senderAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: AddressList,
): string | undefined {
  if (peer === undefined || !trustedProxies.has(peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => hop.trim());
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    if (isIP(hops[index]) === 0) return undefined;
    if (!trustedProxies.has(hops[index])) return hops[index];
  }
  return undefined;
}
