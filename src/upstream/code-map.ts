/** A two-way map between upstream code strings and the gateway's enum values, declared once as data. */
export class CodeMap<T extends string> {
  private readonly byValue: ReadonlyMap<T, string>;

  constructor(
    readonly byCode: Readonly<Record<string, T>>,
    readonly fallback: T,
  ) {
    this.byValue = new Map(Object.entries(byCode).map(([code, value]) => [value, code]));
  }

  decode(code: string | null | undefined): T {
    return code != null && Object.hasOwn(this.byCode, code) ? this.byCode[code] : this.fallback;
  }

  encode(value: T): string {
    const code = this.byValue.get(value);
    if (code === undefined) throw new RangeError(`no upstream code for ${value}`);
    return code;
  }
}
