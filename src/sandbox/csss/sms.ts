import { SimLifecycle, SmsEncoding } from '../../upstream/csss/enums.js';
import type { SmsDownlinkBody, SmsUplinkBody } from '../../upstream/notifications/payloads.js';
import type { NotificationSink } from '../notifier.js';
import { CsssFailure } from './failure.js';
import type { SimState } from './fleet.js';

/**
 * Downlink (MT) SMS. A send is answered at once with an `sms_id`; the delivery report follows as an `sms-downlink`
 * push `reportDelayMs` later, and some sends get a reply from the device (`sms-uplink`). Which ones is deterministic:
 * every `failEvery`-th send fails (status 2, no reply), every `replyEvery`-th delivered send is answered.
 */
export interface SmsOptions {
  reportDelayMs?: number;
  failEvery?: number;
  replyEvery?: number;
}

/** Characters one send may carry (the real limit is undocumented; about six concatenated parts). */
const SMS_MAX_LENGTH = 1_000;

/** Lifecycle states in which a SIM can receive SMS; the others are refused with 3003. */
const RECEIVING = new Set([SimLifecycle.ACTIVE, SimLifecycle.PRE_ACTIVATION]);

export class SmsCenter {
  private sent = 0;

  constructor(
    private readonly partnerCode: string,
    private readonly idPrefix: string,
    private readonly notify: NotificationSink,
    private readonly now: () => number,
    private readonly options: SmsOptions = {},
  ) {}

  get count(): number {
    return this.sent;
  }

  send(sim: SimState, content: string, encoding: SmsEncoding): string {
    if (!RECEIVING.has(sim.lifecycle)) throw new CsssFailure('3003', `SIM ${sim.iccid} is ${sim.lifecycle}`);
    if (content.length > SMS_MAX_LENGTH)
      throw new CsssFailure('1004', `content is longer than ${SMS_MAX_LENGTH} characters`);
    if (encoding === SmsEncoding.BINARY && !/^(?:[0-9a-fA-F]{2})+$/.test(content))
      throw new CsssFailure('1004', 'Binary content must be hex, two digits per byte');
    this.sent += 1;
    const smsId = `SMS${this.idPrefix}${String(this.sent).padStart(12, '0')}`;
    const delay = this.options.reportDelayMs ?? 50;
    const failed = this.sent % (this.options.failEvery ?? 5) === 0;
    const downlink: SmsDownlinkBody = {
      partner_code: this.partnerCode,
      sim_id: sim.iccid,
      imsi: sim.imsi,
      sms_id: smsId,
      status: failed ? '2' : '1',
      error_msg: failed ? 'handset unreachable' : '',
      reported_at: String(this.now() + delay),
    };
    this.notify.send('sms-downlink', { ...downlink }, delay);
    if (!failed && this.sent % (this.options.replyEvery ?? 3) === 0) {
      sim.smsUsed = Math.min(sim.smsQuota, sim.smsUsed + 1);
      const uplink: SmsUplinkBody = {
        partner_code: this.partnerCode,
        sim_id: sim.iccid,
        imsi: sim.imsi,
        text_message: encoding === SmsEncoding.BINARY ? '41434B' : `ACK ${content.slice(0, 40)}`,
        received_at: String(this.now() + 2 * delay),
        message_type: encoding === SmsEncoding.BINARY ? 'Binary' : 'Text',
      };
      this.notify.send('sms-uplink', { ...uplink }, 2 * delay);
    }
    return smsId;
  }
}
