import { Authorized, Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { AppKind } from '../../upstream/fms/enums.js';
import type { Session } from '../../upstream/fms/model.js';
import type { GraphContext } from '../context.js';
import { badInput } from '../errors.js';
import { configuredFms } from './configured.js';
import { EsimSession } from './session.type.js';

/** Bounds on what is hashed and sent: FMS documents none; these keep a request small. */
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}$/;
const MAX_PASSWORD = 256;

const emailArg = { description: "The end user's email address." } as const;
const appArg = { defaultValue: AppKind.H5, description: 'Which shop front the user signs in from.' } as const;

function checkCredentials(email: string, ...passwords: string[]): void {
  if (!EMAIL.test(email)) throw badInput('email is not an email address', 'email');
  if (passwords.some((password) => password.length === 0 || password.length > MAX_PASSWORD)) {
    throw badInput(`passwords must be 1 to ${MAX_PASSWORD} characters`, 'password');
  }
}

/**
 * Sign-in for eSIM end users (§8.5). None of these goes through the idempotency store: a session's token must never
 * be stored, and signing in twice is harmless.
 */
@Resolver()
export class EsimSessionResolver {
  @Authorized('esim')
  @Mutation(() => EsimSession, { nullable: true, description: "Signs an eSIM end user in (§8.5) and returns their token. The password leaves the gateway only as its MD5, as FMS requires." })
  esimLogin(
    @Arg('email', () => String, emailArg) email: string,
    @Arg('password', () => String, { description: 'The plain password.' }) password: string,
    @Arg('app', () => AppKind, appArg) app: AppKind,
    @Ctx() context: GraphContext,
  ): Promise<Session> {
    checkCredentials(email, password);
    return configuredFms(context).call('login', { email, password, app }, { language: context.language });
  }

  @Authorized('esim')
  @Mutation(() => EsimSession, { nullable: true, description: 'Registers a new eSIM end user by email (§8.5) and signs them in.' })
  esimRegister(
    @Arg('email', () => String, emailArg) email: string,
    @Arg('password', () => String, { description: 'The plain password to set.' }) password: string,
    @Arg('app', () => AppKind, appArg) app: AppKind,
    @Ctx() context: GraphContext,
  ): Promise<Session> {
    checkCredentials(email, password);
    return configuredFms(context).call('register', { email, password, app }, { language: context.language });
  }

  @Authorized('esim')
  @Mutation(() => Boolean, { nullable: true, description: 'Asks FMS to email a verification code to the address (§8.7, assumed). True once FMS accepted.' })
  requestEsimVerificationCode(@Arg('email', () => String, emailArg) email: string, @Ctx() context: GraphContext): Promise<true> {
    checkCredentials(email);
    return configuredFms(context).call('requestVerificationCode', { email }, { language: context.language });
  }

  @Authorized('esim')
  @Mutation(() => Boolean, { nullable: true, description: "Changes an eSIM end user's password (§8.5, assumed). Every token issued before stops working: sign in again." })
  resetEsimPassword(
    @Arg('email', () => String, emailArg) email: string,
    @Arg('password', () => String, { description: 'The current password.' }) password: string,
    @Arg('newPassword', () => String, { description: 'The new password.' }) newPassword: string,
    @Ctx() context: GraphContext,
  ): Promise<true> {
    checkCredentials(email, password, newPassword);
    return configuredFms(context).call('resetPassword', { email, password, newPassword }, { language: context.language });
  }
}
