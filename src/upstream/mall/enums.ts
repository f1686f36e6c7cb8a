import { CodeMap } from '../code-map.js';

/** Mall code values translated once, here, into the names the graph uses (reference §9). */

export enum MallOrderStatus {
  NOT_ENABLED = 'NOT_ENABLED',
  IN_USE = 'IN_USE',
  EXPIRED = 'EXPIRED',
  UNKNOWN = 'UNKNOWN',
}
/** `orderStatus`: 1 and 2 are read from the §9.10 example (2 has an expiry date, 1 does not); 3 is assumed. */
export const mallOrderStatusCodes = new CodeMap<MallOrderStatus>(
  { '1': MallOrderStatus.NOT_ENABLED, '2': MallOrderStatus.IN_USE, '3': MallOrderStatus.EXPIRED },
  MallOrderStatus.UNKNOWN,
);

export enum DurationUnit {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
  UNKNOWN = 'UNKNOWN',
}
/** `unit` next to `time` (§9.10): 2 is a month going by `remainingDays` 30 per month; 1 and 3 are assumed. */
export const durationUnitCodes = new CodeMap<DurationUnit>(
  { '1': DurationUnit.DAY, '2': DurationUnit.MONTH, '3': DurationUnit.YEAR },
  DurationUnit.UNKNOWN,
);

export enum PaymentStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  UNKNOWN = 'UNKNOWN',
}
/** `payStatus`: the third-party order sends "1" for a paid order (§9.12); 0 and 2 are assumed. */
export const paymentStatusCodes = new CodeMap<PaymentStatus>(
  { '0': PaymentStatus.PENDING, '1': PaymentStatus.SUCCEEDED, '2': PaymentStatus.FAILED },
  PaymentStatus.UNKNOWN,
);

export enum RenewalStatus {
  ACTIVE = 'ACTIVE',
  CANCELLED = 'CANCELLED',
  UNKNOWN = 'UNKNOWN',
}
/** Auto-renewal `status`, assumed (the endpoints are documented by name only). */
export const renewalStatusCodes = new CodeMap<RenewalStatus>(
  { '1': RenewalStatus.ACTIVE, '0': RenewalStatus.CANCELLED },
  RenewalStatus.UNKNOWN,
);

export enum GroupOperationStatus {
  PROCESSING = 'PROCESSING',
  SUCCEEDED = 'SUCCEEDED',
  PARTIALLY_FAILED = 'PARTIALLY_FAILED',
  FAILED = 'FAILED',
  UNKNOWN = 'UNKNOWN',
}
/** Bundle-group asynchronous operation `status`, assumed (§9.23 is name only). */
export const groupOperationStatusCodes = new CodeMap<GroupOperationStatus>(
  {
    processing: GroupOperationStatus.PROCESSING,
    succeeded: GroupOperationStatus.SUCCEEDED,
    partially_failed: GroupOperationStatus.PARTIALLY_FAILED,
    failed: GroupOperationStatus.FAILED,
  },
  GroupOperationStatus.UNKNOWN,
);
