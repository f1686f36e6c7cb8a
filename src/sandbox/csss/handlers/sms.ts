import { smsEncodingCodes } from '../../../upstream/csss/enums.js';
import { CsssFailure } from '../failure.js';
import { text, type CsssHandler } from './context.js';

/** Assumed Send SMS: `message_type` "Text" or "Binary" (hex content); the answer carries the `sms_id`. */
export const sendSms: CsssHandler = (body, { state }) => {
  const type = text(body, 'message_type');
  if (type !== 'Text' && type !== 'Binary') throw new CsssFailure('1004', 'message_type must be "Text" or "Binary"');
  const sim = state.requireSim(text(body, 'device_id'));
  const smsId = state.sms.send(sim, text(body, 'content'), smsEncodingCodes.decode(type));
  return { sms_id: smsId, device_id: sim.iccid, message_type: type };
};
