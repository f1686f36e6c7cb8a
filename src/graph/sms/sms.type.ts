import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { SmsEncoding } from '../../upstream/csss/enums.js';
import { DateTimeScalar } from '../scalars.js';

registerEnumType(SmsEncoding, {
  name: 'SmsEncoding',
  description: 'How the content of an SMS is written.',
  valuesConfig: {
    TEXT: { description: 'Plain text.' },
    BINARY: { description: 'Binary content, written as hexadecimal.' },
  },
});

@ObjectType({
  description: 'An SMS sent to a SIM. Its delivery result arrives later on the `smsDelivery` subscription.',
})
export class SmsMessage {
  @Field(() => ID, { description: 'The message id Linksfield assigned; delivery reports carry it.' })
  id!: string;

  @Field(() => ID, { description: 'The SIM (ICCID) it was sent to.' })
  iccid!: string;

  @Field(() => String, { description: 'The content sent.' })
  text!: string;

  @Field(() => SmsEncoding, { description: 'How the content is written.' })
  encoding!: SmsEncoding;

  @Field(() => DateTimeScalar, { description: 'When the gateway handed it to Linksfield.' })
  sentAt!: Date;
}

@InputType({ description: 'An SMS to send to one SIM.' })
export class SendSmsInput {
  @Field(() => ID, { description: 'The SIM (ICCID).' })
  iccid!: string;

  @Field(() => String, { description: 'The content: text, or hexadecimal for BINARY.' })
  text!: string;

  @Field(() => SmsEncoding, { defaultValue: SmsEncoding.TEXT, description: 'How the content is written.' })
  encoding!: SmsEncoding;
}

@ObjectType({ description: 'The SMS `sendSms` handed to Linksfield.' })
export class SendSmsPayload {
  @Field(() => SmsMessage, { description: 'The message sent.' })
  message!: SmsMessage;
}
