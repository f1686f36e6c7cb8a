import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { AppKind } from '../../upstream/fms/enums.js';
import { DateTimeScalar } from '../scalars.js';

registerEnumType(AppKind, {
  name: 'EsimApp',
  description: 'Which kind of shop front the end user signs in from.',
  valuesConfig: {
    APP: { description: 'A mobile app.' },
    BACK_OFFICE: { description: "The enterprise's back office." },
    H5: { description: 'A web shop (H5).' },
  },
});

@ObjectType({ description: 'An eSIM end user signed in to the eSIM shop.' })
export class EsimSession {
  @Field(() => String, {
    description:
      "The user's access token, valid 3 days: send it as the `x-esim-token` header (or `connectionParams.esimToken` over WebSocket) on every eSIM field that needs a user. The gateway forwards it and never keeps it; this is the only place it appears.",
  })
  token!: string;

  @Field(() => ID, { nullable: true, description: "The user's id in the eSIM shop, when it says." })
  userId!: string | null;

  @Field(() => String, { description: 'The email the user signed in with.' })
  email!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the token stops working (then sign in again), when known.',
  })
  expiresAt!: Date | null;
}

@InputType({ description: 'An eSIM end user signing in or registering.' })
export class EsimSignInInput {
  @Field(() => String, { description: "The end user's email address." })
  email!: string;

  @Field(() => String, {
    description: 'The plain password (to set, when registering). It leaves the gateway only as its MD5 digest.',
  })
  password!: string;

  @Field(() => AppKind, { defaultValue: AppKind.H5, description: 'Which shop front the user signs in from.' })
  app!: AppKind;
}

@InputType({ description: 'Where to email an eSIM verification code.' })
export class EsimVerificationCodeInput {
  @Field(() => String, { description: "The end user's email address." })
  email!: string;
}

@InputType({ description: "A change of an eSIM end user's password." })
export class ResetEsimPasswordInput {
  @Field(() => String, { description: "The end user's email address." })
  email!: string;

  @Field(() => String, { description: 'The current password.' })
  password!: string;

  @Field(() => String, { description: 'The new password.' })
  newPassword!: string;
}

@ObjectType({ description: 'A signed-in eSIM end user.' })
export class EsimSignInPayload {
  @Field(() => EsimSession, { description: 'The session, with its token.' })
  session!: EsimSession;
}

@ObjectType({ description: "An eSIM end user's account that a mutation changed or mailed." })
export class EsimAccountPayload {
  @Field(() => String, { description: 'The email address of the account.' })
  email!: string;
}
