import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import {
  EsimOrderStatusDocument,
  EsimPackageDocument,
  EsimPreOrderDocument,
  EsimQrCodeDocument,
  ReportEsimPaymentDocument,
} from '../../../examples/generated/operations.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { signUp, type EsimUser } from './esim-world.js';

// jsqr is CommonJS typed as an ES default export: under NodeNext its `default` is the function.
const jsQR = jsQRModule.default;

/** A sandbox package (src/sandbox/fms/catalogue.ts). */
const ASIA_10GB = '1000005';

let t: TestGateway;
let user: EsimUser;
let orderId: string;

beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: '5' });
  user = await signUp(t);
  orderId = (await user.execute(EsimPreOrderDocument, { input: { packageId: ASIA_10GB, currency: 'USD' } })).data!
    .esimPreOrder!.preOrder.orderId;
  const price = (await t.execute(EsimPackageDocument, { id: ASIA_10GB })).data!.esimPackage!.prices!.find(
    (entry) => entry.price.currency === 'USD',
  )!.price;
  await user.execute(ReportEsimPaymentDocument, {
    input: { orderId, outcome: 'SUCCEEDED', amount: price, paidAt: new Date().toISOString() },
  });
  await vi.waitFor(
    async () =>
      expect((await user.execute(EsimOrderStatusDocument, { orderId })).data?.esimOrder?.qrCode).toMatch(/^LPA:1\$/),
    { timeout: 5_000, interval: 100 },
  );
});
afterAll(() => t.close());

/** What a phone camera would read from the PNG. */
function decode(dataUrl: string): { text: string; width: number } {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error('no QR code found in the PNG');
  return { text: code.data, width: png.width };
}

it.each([
  [undefined, undefined, 256],
  [128, 'LOW', 128],
  [600, 'HIGH', 600],
] as const)(
  'draws the activation string as a PNG that decodes back to it, and as an SVG (size %s, %s)',
  async (size, errorCorrection, pixels) => {
    const result = await user.execute(EsimQrCodeDocument, { orderId, size, errorCorrection });
    expect(result.errors).toBeUndefined();
    const esim = result.data!.myEsim!;
    expect(esim.qrCodeImage).toMatchObject({ text: esim.qrCode, size: pixels });
    expect(esim.qrCodeImage!.pngDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(decode(esim.qrCodeImage!.pngDataUrl)).toEqual({ text: esim.qrCode, width: pixels });
    expect(esim.qrCodeImage!.svg).toMatch(new RegExp(`^<svg [^>]*width="${pixels}"[^>]*>.*<path`, 's'));
  },
);

it('draws a denser code for a higher error-correction level', async () => {
  const low = (await user.execute(EsimQrCodeDocument, { orderId, errorCorrection: 'LOW' })).data!.myEsim!.qrCodeImage!
    .svg;
  const high = (await user.execute(EsimQrCodeDocument, { orderId, errorCorrection: 'HIGH' })).data!.myEsim!.qrCodeImage!
    .svg;
  const modules = (svg: string) => Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
  expect(modules(high)).toBeGreaterThan(modules(low));
});

it('refuses a size it will not draw with BAD_USER_INPUT naming the argument, and the eSIM still answers', async () => {
  for (const size of [10, 5000]) {
    const result = await user.execute(EsimQrCodeDocument, { orderId, size });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'size' });
    expect(result.errors?.[0].path).toEqual(['myEsim', 'qrCodeImage']);
    expect(result.data!.myEsim).toEqual({ qrCode: expect.stringMatching(/^LPA:1\$/), qrCodeImage: null });
  }
});
