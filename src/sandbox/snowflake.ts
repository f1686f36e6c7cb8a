/**
 * Snowflake-like ids, as Linksfield uses for `x-lf-delivery` (§7.1): milliseconds since 2020-01-01 in the high bits,
 * a worker number and a per-millisecond sequence below, written as a decimal string. Unique within one process.
 */
const EPOCH = Date.UTC(2020, 0, 1);

export class Snowflake {
  private lastMs = -1;
  private sequence = 0;

  constructor(
    private readonly worker: number = 1,
    private readonly now: () => number = Date.now,
  ) {}

  next(): string {
    let ms = Math.max(this.now() - EPOCH, this.lastMs);
    if (ms === this.lastMs) {
      this.sequence = (this.sequence + 1) & 0xfff;
      // 4,096 ids in one millisecond: borrow the next millisecond rather than repeat an id.
      if (this.sequence === 0) ms += 1;
    } else {
      this.sequence = 0;
    }
    this.lastMs = ms;
    return ((BigInt(ms) << 22n) | (BigInt(this.worker & 0x3ff) << 12n) | BigInt(this.sequence)).toString();
  }
}
