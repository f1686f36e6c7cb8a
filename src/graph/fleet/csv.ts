import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { callerHook } from '../../access/http.js';
import { FleetFilterError, parseFilter, type FleetFilter } from '../../fleet/filters.js';
import { fleetOrderings, type Direction, type FleetOrdering } from '../../fleet/orderings.js';
import { queryFleet } from '../../fleet/query.js';
import { usedShare, type FleetSim } from '../../fleet/sim.js';
import type { GatewayServices } from '../context.js';

/** Rows read from the inventory per chunk of the stream: the event loop is given back between chunks. */
const CHUNK = 1_000;
const PARAMETERS = ['orderBy', 'direction'] as const;

const iso = (at: number | null) => (at === null ? '' : new Date(at).toISOString());

/** The CSV columns, as data: header and value. */
const columns: readonly [string, (sim: FleetSim) => string | number | null][] = [
  ['iccid', (sim) => sim.iccid],
  ['imsi', (sim) => sim.imsi],
  ['msisdn', (sim) => sim.msisdn],
  ['lifecycle', (sim) => sim.lifecycle],
  ['activatedAt', (sim) => iso(sim.activatedAt)],
  ['activeOrderId', (sim) => sim.orderId],
  ['planCode', (sim) => sim.planCode],
  ['planName', (sim) => sim.planName],
  ['planExpiresAt', (sim) => iso(sim.expiresAt)],
  ['usedBytes', (sim) => sim.usedBytes],
  ['remainingBytes', (sim) => sim.remainingBytes],
  ['usedShare', (sim) => usedShare(sim)],
];

/** RFC 4180 quoting; a text a spreadsheet would run as a formula is prefixed with `'`. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) && !/^\+?\d+$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const row = (sim: FleetSim) => `${columns.map(([, value]) => cell(value(sim))).join(',')}\r\n`;

function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message, extensions: { code } }] });
}

/**
 * `GET /fleet/sims.csv?<filters>&orderBy=USED_BYTES&direction=DESC`: every SIM of the caller's fleet passing the
 * filters (named as `FleetSimFilter`'s fields; lists comma-separated), streamed in chunks. The same caller, scope
 * (`sims:read`) and SIM restriction as GraphQL.
 */
export async function fleetCsvRoute(app: FastifyInstance, { services }: { services: GatewayServices }): Promise<void> {
  app.get('/fleet/sims.csv', { onRequest: callerHook(app, services.access) }, async (request, reply) => {
    const { caller } = request;
    if (!caller.scopes.has('sims:read'))
      return refuse(reply, 403, 'FORBIDDEN', 'the fleet export requires scope `sims:read`');
    const query = request.query as Record<string, string | string[] | undefined>;
    const ordering = (typeof query.orderBy === 'string' ? query.orderBy : 'ICCID') as FleetOrdering;
    const direction = (typeof query.direction === 'string' ? query.direction : 'ASC') as Direction;
    if (!(ordering in fleetOrderings))
      return refuse(reply, 400, 'BAD_USER_INPUT', `orderBy must be one of ${Object.keys(fleetOrderings).join(', ')}`);
    if (direction !== 'ASC' && direction !== 'DESC')
      return refuse(reply, 400, 'BAD_USER_INPUT', 'direction must be ASC or DESC');
    let filter: FleetFilter;
    try {
      filter = parseFilter(query, PARAMETERS);
    } catch (error) {
      if (error instanceof FleetFilterError) return refuse(reply, 400, 'BAD_USER_INPUT', error.message);
      throw error;
    }
    const { fleet } = services;
    async function* lines() {
      yield `${columns.map(([name]) => name).join(',')}\r\n`;
      let after: string | null = null;
      for (;;) {
        // Keyset pages: SIMs that change while the export runs are neither repeated nor skipped unless they move.
        const page = queryFleet(fleet.inventory, {
          filter,
          ordering,
          direction,
          first: CHUNK,
          after,
          sims: caller.sims,
        });
        if (page.edges.length > 0) yield page.edges.map((edge) => row(edge.node)).join('');
        if (!page.hasNextPage) return;
        after = page.edges.at(-1)!.cursor;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    const stream = Readable.from(lines());
    stream.on('error', (error) => request.log.error({ err: error }, 'fleet export failed'));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="fleet-sims.csv"')
      .header('x-fleet-indexed-at', fleet.indexedAt?.toISOString() ?? '')
      .send(stream);
  });
}
