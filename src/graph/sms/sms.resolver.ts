import { Authorized, Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { SmsEncoding } from '../../upstream/csss/enums.js';
import type { GraphContext } from '../context.js';
import { badInput, checkIccid } from '../errors.js';
import { idempotencyKeyArg, write } from '../write.js';
import { SendSmsInput, SendSmsPayload } from './sms.type.js';

/** The SMS length limit is undocumented; 1,000 characters (as the sandbox enforces) and 140 bytes of binary. */
const MAX_TEXT = 1_000;
const BINARY = /^(?:[0-9a-fA-F]{2}){1,140}$/;

@Resolver()
export class SmsResolver {
  @Authorized('sms:send')
  @Mutation(() => SendSmsPayload, {
    nullable: true,
    description: 'Sends an SMS to a SIM. Never retried by the gateway; pass an idempotency key to retry safely.',
  })
  async sendSms(
    @Arg('input', () => SendSmsInput, { description: 'The SIM, and what to send it.' }) input: SendSmsInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<SendSmsPayload> {
    const { text, encoding } = input;
    const iccid = checkIccid(input.iccid, 'input.iccid');
    if (encoding === SmsEncoding.TEXT && (text.length === 0 || text.length > MAX_TEXT))
      throw badInput(`text must be 1 to ${MAX_TEXT} characters`, 'input.text');
    if (encoding === SmsEncoding.BINARY && !BINARY.test(text))
      throw badInput('binary content must be 1 to 140 bytes written as hexadecimal', 'input.text');
    return write(context, 'sendSms', idempotencyKey, { iccid, text, encoding }, { reaches: [iccid] }, async () => {
      const sent = await context.services.csss.call(
        'sendSms',
        { iccid, text, encoding },
        { language: context.language },
      );
      return { message: { id: sent.smsId, iccid, text, encoding, sentAt: new Date() } };
    });
  }
}
