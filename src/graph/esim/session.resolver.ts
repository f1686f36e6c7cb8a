import { createHash } from 'node:crypto';
import { Authorized, Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { outcomeOf } from '../../access/audit.js';
import type { GraphContext } from '../context.js';
import { badInput } from '../errors.js';
import { OK, recordAudit } from '../write.js';
import { configuredFms } from './configured.js';
import {
  EsimAccountPayload,
  EsimSignInInput,
  EsimSignInPayload,
  EsimVerificationCodeInput,
  ResetEsimPasswordInput,
} from './session.type.js';

/** Bounds on what is hashed and sent: FMS documents none; these keep a request small. */
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}$/;
const MAX_PASSWORD = 256;

function checkCredentials(email: string, ...passwords: string[]): void {
  if (!EMAIL.test(email)) throw badInput('email is not an email address', 'input.email');
  if (passwords.some((password) => password.length === 0 || password.length > MAX_PASSWORD)) {
    throw badInput(`passwords must be 1 to ${MAX_PASSWORD} characters`, 'input.password');
  }
}

/**
 * Runs an account call and leaves its audit record: the caller, the account as the digest of its email (the
 * address is never kept), and how it ended. Bad input is refused before anything is sent.
 */
async function audited<T>(
  context: GraphContext,
  operation: string,
  email: string,
  check: () => void,
  call: () => Promise<T>,
): Promise<T> {
  const esimAccount = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  let sent = false;
  try {
    check();
    sent = true;
    const result = await call();
    await recordAudit(context, operation, { esimAccount, ...OK });
    return result;
  } catch (error) {
    await recordAudit(context, operation, { esimAccount, ...outcomeOf(error, sent) });
    throw error;
  }
}

/** Signing in and registering take the same input and answer the same session; only the FMS endpoint differs. */
async function signIn(
  context: GraphContext,
  operation: 'esimLogin' | 'esimRegister',
  endpoint: 'login' | 'register',
  { email, password, app }: EsimSignInInput,
): Promise<EsimSignInPayload> {
  const session = await audited(
    context,
    operation,
    email,
    () => checkCredentials(email, password),
    () => configuredFms(context).call(endpoint, { email, password, app }, { language: context.language }),
  );
  return { session };
}

/**
 * Sign-in for eSIM end users. None of these goes through the idempotency store: a session's token must never
 * be stored, and signing in twice is harmless.
 */
@Resolver()
export class EsimSessionResolver {
  @Authorized('esim')
  @Mutation(() => EsimSignInPayload, {
    nullable: true,
    description:
      'Signs an eSIM end user in and returns their token. The password leaves the gateway only as its MD5 digest, as the eSIM shop requires.',
  })
  async esimLogin(
    @Arg('input', () => EsimSignInInput, { description: 'Who signs in, from where.' }) input: EsimSignInInput,
    @Ctx() context: GraphContext,
  ): Promise<EsimSignInPayload> {
    return signIn(context, 'esimLogin', 'login', input);
  }

  @Authorized('esim')
  @Mutation(() => EsimSignInPayload, {
    nullable: true,
    description: 'Registers a new eSIM end user by email and signs them in.',
  })
  async esimRegister(
    @Arg('input', () => EsimSignInInput, { description: 'Who registers, from where.' }) input: EsimSignInInput,
    @Ctx() context: GraphContext,
  ): Promise<EsimSignInPayload> {
    return signIn(context, 'esimRegister', 'register', input);
  }

  @Authorized('esim')
  @Mutation(() => EsimAccountPayload, {
    nullable: true,
    description: 'Asks the eSIM shop to email a verification code to the address; answers once the shop accepted.',
  })
  async requestEsimVerificationCode(
    @Arg('input', () => EsimVerificationCodeInput, { description: 'Where to send the code.' })
    input: EsimVerificationCodeInput,
    @Ctx() context: GraphContext,
  ): Promise<EsimAccountPayload> {
    const { email } = input;
    await audited(
      context,
      'requestEsimVerificationCode',
      email,
      () => checkCredentials(email),
      () => configuredFms(context).call('requestVerificationCode', { email }, { language: context.language }),
    );
    return { email };
  }

  @Authorized('esim')
  @Mutation(() => EsimAccountPayload, {
    nullable: true,
    description: "Changes an eSIM end user's password. Every token issued before stops working: sign in again.",
  })
  async resetEsimPassword(
    @Arg('input', () => ResetEsimPasswordInput, { description: 'The account, its current and its new password.' })
    input: ResetEsimPasswordInput,
    @Ctx() context: GraphContext,
  ): Promise<EsimAccountPayload> {
    const { email, password, newPassword } = input;
    await audited(
      context,
      'resetEsimPassword',
      email,
      () => checkCredentials(email, password, newPassword),
      () =>
        configuredFms(context).call('resetPassword', { email, password, newPassword }, { language: context.language }),
    );
    return { email };
  }
}
