import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GroupOperationStatus } from '../../upstream/mall/enums.js';

registerEnumType(GroupOperationStatus, {
  name: 'MallBundleGroupOperationStatus',
  description: 'Where an asynchronous bundle-group change is.',
  valuesConfig: {
    PROCESSING: { description: 'Still running.' },
    SUCCEEDED: { description: 'Done for every card.' },
    PARTIALLY_FAILED: { description: 'Done for some cards; `failures` says which were not.' },
    FAILED: { description: 'Done for no card.' },
    UNKNOWN: { description: 'A status this gateway does not know yet.' },
  },
});

@ObjectType({ description: 'A bundle group: cards sharing one plan.' })
export class MallBundleGroup {
  @Field(() => ID, { description: 'The group id.' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: "Code of the group's plan." })
  planCode!: string | null;

  @Field(() => String, { nullable: true, description: "Name of the group's plan." })
  planName!: string | null;

  @Field(() => Int, { description: 'How many cards are in it.' })
  simCount!: number;
}

@ObjectType({ description: 'A card a bundle-group change could not apply to.' })
export class MallBundleGroupFailure {
  @Field(() => ID, { description: 'The card (ICCID).' })
  iccid!: string;

  @Field(() => String, { description: 'Why, as the Mall says.' })
  reason!: string;
}

@ObjectType({ description: 'An asynchronous change to a bundle group, and its result so far.' })
export class MallBundleGroupOperation {
  @Field(() => ID, { description: 'The operation id.' })
  id!: string;

  @Field(() => ID, { description: 'The group changed.' })
  groupId!: string;

  @Field(() => GroupOperationStatus, { description: 'Where it is.' })
  status!: GroupOperationStatus;

  @Field(() => [MallBundleGroupFailure], { description: 'The cards it could not apply to.' })
  failures!: MallBundleGroupFailure[];
}

@ObjectType({ description: 'A bundle-group change the Mall accepted; it runs asynchronously.' })
export class MallBundleGroupChange {
  @Field(() => ID, { description: 'The operation id: `mallBundleGroupOperation(id)` reads its result.' })
  operationId!: string;
}

@InputType({ description: 'Cards to add to or remove from a bundle group.' })
export class MallBundleGroupSimsInput {
  @Field(() => ID, { description: 'The bundle group id.' })
  groupId!: string;

  @Field(() => [ID], { description: 'The cards (ICCIDs), at most the batch limit (100 unless configured).' })
  iccids!: string[];
}
