/**
 * The pool of eSIM profiles a shop sells from. A pre-order reserves one, a failed or late payment puts it back,
 * a paid order keeps it for good. The pool is fixed in size: when every profile is reserved or sold, pre-orders fail.
 */
export interface Profile {
  iccid: string;
  smdpAddress: string;
  activationCode: string;
}

const SMDP_ADDRESS = 'smdp.sandbox.linksfield.test';

/** The string an eSIM QR code encodes (GSMA SGP.22 activation code). */
export function lpaString(profile: Profile): string {
  return `LPA:1$${profile.smdpAddress}$${profile.activationCode}`;
}

export class ProfilePool {
  private readonly free: Profile[] = [];

  constructor(size: number) {
    for (let index = 1; index <= size; index++) {
      const serial = String(index).padStart(12, '0');
      this.free.push({ iccid: `89852000${serial}`, smdpAddress: SMDP_ADDRESS, activationCode: `SBX-${serial}` });
    }
  }

  reserve(): Profile | null {
    return this.free.shift() ?? null;
  }

  release(profile: Profile): void {
    this.free.push(profile);
  }
}
