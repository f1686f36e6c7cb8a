import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AppKind } from '../../upstream/fms/enums.js';
import { DateTimeScalar } from '../scalars.js';

registerEnumType(AppKind, {
  name: 'EsimApp',
  description: 'Which kind of shop front the end user signs in from (FMS `appId`).',
  valuesConfig: {
    APP: { description: 'A mobile app.' },
    BACK_OFFICE: { description: "The enterprise's back office." },
    H5: { description: 'A web shop (H5).' },
  },
});

@ObjectType({ description: 'An eSIM end user signed in to the eSIM QR Mall (FMS).' })
export class EsimSession {
  @Field(() => String, {
    description:
      "The user's access token, valid 3 days: send it as the `x-esim-token` header (or `connectionParams.esimToken` over WebSocket) on every eSIM field that needs a user. The gateway forwards it and never keeps it; this is the only place it appears.",
  })
  token!: string;

  @Field(() => ID, { nullable: true, description: "The user's id in FMS, when it says." })
  userId!: string | null;

  @Field(() => String, { description: 'The email the user signed in with.' })
  email!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the token stops working (then sign in again), when FMS says.' })
  expiresAt!: Date | null;
}
