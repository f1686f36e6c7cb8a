import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { FleetFilter } from '../../fleet/filters.js';
import type { FleetSim as FleetSimRecord } from '../../fleet/sim.js';
import { SimLifecycle } from '../../upstream/csss/enums.js';
import { connectionOf } from '../connection.js';
import { BytesScalar, DateTimeScalar, MonthScalar } from '../scalars.js';

/** Input enums are their own types, so an output value added later never breaks a client's inputs. */
enum FleetLifecycleFilter {
  PRE_ACTIVATION = 'PRE_ACTIVATION',
  ACTIVE = 'ACTIVE',
  PRE_DEACTIVATION = 'PRE_DEACTIVATION',
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(FleetLifecycleFilter, {
  name: 'FleetLifecycleFilter',
  description: 'A SIM lifecycle to filter the fleet by (the values of `SimLifecycle`).',
  valuesConfig: {
    PRE_ACTIVATION: { description: 'Not yet activated.' },
    ACTIVE: { description: 'Activated and in service.' },
    PRE_DEACTIVATION: { description: 'About to be deactivated.' },
    DEACTIVATED: { description: 'Deactivated.' },
  },
});

export enum FleetSimSortField {
  ICCID = 'ICCID',
  USED_BYTES = 'USED_BYTES',
  EXPIRES_AT = 'EXPIRES_AT',
  ACTIVATED_AT = 'ACTIVATED_AT',
}
registerEnumType(FleetSimSortField, {
  name: 'FleetSimSortField',
  description: 'What the fleet list is sorted by; ties are broken by ICCID.',
  valuesConfig: {
    ICCID: { description: 'The ICCID.' },
    USED_BYTES: { description: 'Data used in the current cycle; SIMs whose usage is unknown come first ascending.' },
    EXPIRES_AT: { description: 'When the order in use ends; SIMs with no plan come last ascending.' },
    ACTIVATED_AT: { description: 'When the SIM was activated; SIMs never activated come last ascending.' },
  },
});

export enum FleetSortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(FleetSortDirection, {
  name: 'FleetSortDirection',
  description: 'Ascending or descending.',
  valuesConfig: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

@InputType({ description: 'The order of the fleet list.' })
export class FleetSimOrder {
  @Field(() => FleetSimSortField, { description: 'The value sorted by.' })
  field!: FleetSimSortField;

  @Field(() => FleetSortDirection, {
    defaultValue: FleetSortDirection.ASC,
    description: 'Ascending (the default) or descending.',
  })
  direction!: FleetSortDirection;
}

@InputType({
  description: 'Which SIMs of the fleet to list: every filter given must hold (omitted ones do not filter).',
})
export class FleetSimFilter implements FleetFilter {
  @Field(() => [FleetLifecycleFilter], { nullable: true, description: 'SIMs in one of these lifecycles.' })
  lifecycles?: SimLifecycle[];

  @Field(() => [ID], { nullable: true, description: 'SIMs whose order in use is of one of these plans (plan codes).' })
  planCodes?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only SIMs with no order in use; false: only SIMs with one.',
  })
  withoutPlan?: boolean;

  @Field(() => ID, { nullable: true, description: 'The SIM with exactly this ICCID.' })
  iccid?: string;

  @Field(() => String, { nullable: true, description: 'SIMs whose ICCID starts with this.' })
  iccidPrefix?: string;

  @Field(() => ID, { nullable: true, description: 'The SIM with exactly this IMSI.' })
  imsi?: string;

  @Field(() => String, { nullable: true, description: 'SIMs whose IMSI starts with this.' })
  imsiPrefix?: string;

  @Field(() => String, { nullable: true, description: 'The SIM with exactly this phone number (MSISDN).' })
  msisdn?: string;

  @Field(() => String, { nullable: true, description: 'SIMs whose phone number (MSISDN) starts with this.' })
  msisdnPrefix?: string;

  @Field(() => BytesScalar, {
    nullable: true,
    description: 'SIMs that used more than this many bytes in the current cycle.',
  })
  usedBytesAbove?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'SIMs that used more than this share of their plan in the current cycle: 0.8 is 80%.',
  })
  usedShareAbove?: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'SIMs whose order in use ends before this instant.' })
  expiresBefore?: Date;
}

@ObjectType('FleetSim', {
  description: 'A SIM as the fleet inventory knows it: served from memory, as of `Fleet.indexedAt` or a later change.',
})
export class FleetSimNode implements FleetSimRecord {
  @Field(() => ID, { description: 'The SIM card number (ICCID).' })
  iccid!: string;

  @Field(() => String, { nullable: true, description: 'The subscriber identity (IMSI), when known.' })
  imsi!: string | null;

  @Field(() => String, { nullable: true, description: 'The phone number (MSISDN), when known.' })
  msisdn!: string | null;

  @Field(() => SimLifecycle, { description: 'Where the SIM is in its life.' })
  lifecycle!: SimLifecycle;

  /** Epoch milliseconds; exposed as `activationDate`. */
  activatedAt!: number | null;

  @Field(() => ID, {
    nullable: true,
    name: 'activeOrderId',
    description: 'The order in use; null when the SIM has none.',
  })
  orderId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The plan code of the order in use.' })
  planCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The plan name of the order in use.' })
  planName!: string | null;

  /** Epoch milliseconds; exposed as `planExpiresAt`. */
  expiresAt!: number | null;

  @Field(() => BytesScalar, {
    nullable: true,
    description: 'Data used in the current cycle; 0 with no order in use; null when it could not be read.',
  })
  usedBytes!: number | null;

  @Field(() => BytesScalar, {
    nullable: true,
    description: 'High-speed data left in the current cycle; null when it could not be read.',
  })
  remainingBytes!: number | null;

  /** Epoch milliseconds; exposed as `seenAt`. */
  seenAt!: number;
}

@ObjectType({ description: 'A page of the fleet.' })
export class FleetSimConnection extends connectionOf(FleetSimNode, 'FleetSim', 'fleet SIM') {}

@ObjectType({ description: 'How many SIMs are in one lifecycle.' })
export class FleetLifecycleCount {
  @Field(() => SimLifecycle, { description: 'The lifecycle.' })
  lifecycle!: SimLifecycle;

  @Field(() => Int, { description: 'SIMs in it.' })
  simCount!: number;
}

@ObjectType({ description: 'How many SIMs have an order of one plan in use.' })
export class FleetPlanCount {
  @Field(() => ID, { description: 'The plan code.' })
  planCode!: string;

  @Field(() => String, { nullable: true, description: 'The plan name.' })
  planName!: string | null;

  @Field(() => Int, { description: 'SIMs with an order of this plan in use.' })
  simCount!: number;
}

@ObjectType({ description: "Totals over the caller's whole fleet, from the inventory." })
export class FleetSummary {
  @Field(() => Int, { description: 'SIMs in the fleet.' })
  simCount!: number;

  @Field(() => [FleetLifecycleCount], { description: 'SIMs per lifecycle, every lifecycle listed.' })
  byLifecycle!: FleetLifecycleCount[];

  @Field(() => [FleetPlanCount], { description: 'SIMs per plan of their order in use, most common first.' })
  byPlan!: FleetPlanCount[];

  @Field(() => Int, { description: 'SIMs with no order in use.' })
  withoutPlan!: number;

  @Field(() => BytesScalar, {
    description: 'Data used in the current cycle, summed over the SIMs whose usage is known.',
  })
  usedBytes!: number;

  @Field(() => BytesScalar, {
    description: 'High-speed data left in the current cycle, summed over the SIMs whose usage is known.',
  })
  remainingBytes!: number;

  @Field(() => Int, { description: 'SIMs whose usage could not be read (left out of the byte totals).' })
  usageUnknown!: number;

  @Field(() => Int, { description: 'SIMs that used at least 80% of their plan in this cycle.' })
  above80Percent!: number;

  @Field(() => Int, { description: 'SIMs that used all of their plan in this cycle.' })
  above100Percent!: number;

  @Field(() => Int, { description: 'SIMs whose order in use ends within the next 7 days.' })
  endingWithin7Days!: number;
}

@ObjectType({ description: "Data the caller's fleet used in one calendar month." })
export class FleetMonthUsage {
  @Field(() => MonthScalar, { description: 'The month.' })
  month!: string;

  @Field(() => BytesScalar, { description: 'Data used that month by the SIMs of the fleet, in bytes.' })
  usedBytes!: number;

  @Field(() => Int, { description: 'SIMs that used any data that month.' })
  activeSimCount!: number;
}

@ObjectType({
  description:
    "Every SIM of the account (or of the caller's SIMs), searchable, sortable and totalled, from an inventory the gateway keeps.",
})
export class Fleet {}
