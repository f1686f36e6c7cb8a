import { CodeMap } from '../upstream/code-map.js';
import { SmsEncoding, smsEncodingCodes } from '../upstream/csss/enums.js';

/** Notification code strings (reference §7) translated once, here, into the names the graph uses. */

export { SmsEncoding };

export enum UsageWarning {
  NO_PLAN = 'NO_PLAN',
  PLAN_EXPIRING = 'PLAN_EXPIRING',
  PLAN_EXPIRED = 'PLAN_EXPIRED',
  TRIAL_DATA_EXHAUSTED = 'TRIAL_DATA_EXHAUSTED',
  UNKNOWN = 'UNKNOWN',
}
/** `warningCode`, documented (§7.3). */
export const usageWarningCodes = new CodeMap<UsageWarning>(
  {
    '1': UsageWarning.NO_PLAN,
    '2': UsageWarning.PLAN_EXPIRING,
    '3': UsageWarning.PLAN_EXPIRED,
    '4': UsageWarning.TRIAL_DATA_EXHAUSTED,
  },
  UsageWarning.UNKNOWN,
);

export enum OrderChange {
  CREATED = 'CREATED',
  ENDED_EARLY = 'ENDED_EARLY',
  CANCELLED = 'CANCELLED',
  PAUSED = 'PAUSED',
  RESUMED = 'RESUMED',
  ENABLED = 'ENABLED',
  OTA_ENABLED = 'OTA_ENABLED',
  EXPIRED = 'EXPIRED',
  RENEWED = 'RENEWED',
  PERIODS_REDUCED = 'PERIODS_REDUCED',
  OTA_IMSI_REDOWNLOADED = 'OTA_IMSI_REDOWNLOADED',
  UNKNOWN = 'UNKNOWN',
}
/** `event_code`, documented (§7.7); 1006 and 1011 are not listed, so they decode as UNKNOWN. */
export const orderChangeCodes = new CodeMap<OrderChange>(
  {
    '1000': OrderChange.CREATED,
    '1001': OrderChange.ENDED_EARLY,
    '1002': OrderChange.CANCELLED,
    '1003': OrderChange.PAUSED,
    '1004': OrderChange.RESUMED,
    '1005': OrderChange.ENABLED,
    '1007': OrderChange.OTA_ENABLED,
    '1008': OrderChange.EXPIRED,
    '1009': OrderChange.RENEWED,
    '1010': OrderChange.PERIODS_REDUCED,
    '1012': OrderChange.OTA_IMSI_REDOWNLOADED,
  },
  OrderChange.UNKNOWN,
);

export enum SmsDeliveryStatus {
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
  UNKNOWN = 'UNKNOWN',
}
/** `status` of the assumed downlink report (§7.4). */
export const smsDeliveryStatusCodes = new CodeMap<SmsDeliveryStatus>(
  { '1': SmsDeliveryStatus.DELIVERED, '2': SmsDeliveryStatus.FAILED, '3': SmsDeliveryStatus.EXPIRED },
  SmsDeliveryStatus.UNKNOWN,
);

/** `message_type`: only "Binary" is documented (§7.6) and its case is not, so the code is matched case-insensitively. */
export function smsEncodingOf(messageType: string | null): SmsEncoding {
  const lower = messageType?.trim().toLowerCase() ?? null;
  return smsEncodingCodes.decode(lower === null ? null : lower.charAt(0).toUpperCase() + lower.slice(1));
}
