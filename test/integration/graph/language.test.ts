import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimOverviewDocument } from '../../../examples/generated/operations.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/** The sandbox answers in Chinese unless asked otherwise, like Linksfield; the gateway's own words are English. */
const UNKNOWN = '89852000000000000000';
const CJK = /[\u3400-\u9fff]/;

describe('language', () => {
  let english: TestGateway;
  let chinese: TestGateway;
  beforeAll(async () => {
    [english, chinese] = await Promise.all([
      startTestGateway({ SANDBOX_SIMS: '5' }),
      startTestGateway({ SANDBOX_SIMS: '5', LINKSFIELD_LANGUAGE: 'zh-CN' }),
    ]);
  });
  afterAll(() => Promise.all([english.close(), chinese.close()]));

  it('sends LINKSFIELD_LANGUAGE (default en-US) upstream when the caller sends no Accept-Language', async () => {
    const [error] = (await english.execute(SimOverviewDocument, { iccid: UNKNOWN })).errors!;
    expect(error.extensions).toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: '2001',
      upstreamMessage: expect.stringMatching(/^SIM \(ICCID\) not found/),
    });
    const [configured] = (await chinese.execute(SimOverviewDocument, { iccid: UNKNOWN })).errors!;
    expect(configured.extensions?.upstreamMessage).toMatch(CJK);
  });

  it("passes the caller's own Accept-Language instead", async () => {
    const [error] = (await english.execute(SimOverviewDocument, { iccid: UNKNOWN }, { 'accept-language': 'zh-CN' }))
      .errors!;
    expect(error.extensions?.upstreamMessage).toMatch(CJK);
  });

  it('writes its own message in English whatever language Linksfield answered in', async () => {
    for (const [gateway, headers] of [
      [english, { 'accept-language': 'zh-CN' }],
      [chinese, {}],
    ] as const) {
      const [error] = (await gateway.execute(SimOverviewDocument, { iccid: UNKNOWN }, headers)).errors!;
      expect(error.message).not.toMatch(CJK);
      expect(error.message).toBe('csss.getSim: SIM (ICCID) not found (upstream code 2001)');
    }
  });
});
