import { describe, expect, it } from 'vitest';
import {
  notificationSignContent,
  signNotification,
  verifyNotification,
} from '../../../src/upstream/notifications/sign.js';

const SECRET = 'demo-notify-secret';

const uplink = {
  partner_code: 'P123456',
  sim_id: '89860220190123456789',
  imsi: '4230001234567',
  text_message: 'hello',
  received_at: '1642385160000',
};

const alert = {
  devices: [
    { deviceId: '89314404000816575667', warningCode: '1', expireTime: '' },
    { warningCode: '2', expireTime: '2024-01-31 23:59:59', deviceId: '89314404000816575668' },
  ],
};

describe('notification signature x-lf-md5 (§7.1)', () => {
  it('reproduces the object worked example', () => {
    expect(notificationSignContent(uplink, SECRET)).toBe(
      'imsi=4230001234567&partner_code=P123456&received_at=1642385160000&sim_id=89860220190123456789&text_message=hello&demo-notify-secret',
    );
    expect(signNotification(uplink, SECRET)).toBe('ZjdkOTE1MDA5ZTZkOTQyZWEyNzViMDczZTY3ZjQxOWQ=');
  });

  it('reproduces the array worked example: members sorted per object, objects in order, the top-level key left out, empty values kept', () => {
    expect(notificationSignContent(alert, SECRET)).toBe(
      'deviceId=89314404000816575667&expireTime=&warningCode=1&deviceId=89314404000816575668&expireTime=2024-01-31 23:59:59&warningCode=2&demo-notify-secret',
    );
    expect(signNotification(alert, SECRET)).toBe('NjhhNmQyMzUyNTY0NGRmYzllMTUwMWU2NmM1OGQyOTM=');
  });

  it('is Base64 of the lowercase hex digest, the documented shape', () => {
    expect(Buffer.from(signNotification(uplink, SECRET), 'base64').toString('utf8')).toBe(
      'f7d915009e6d942ea275b073e67f419d',
    );
  });

  it('verifies a correct header for both shapes', () => {
    expect(verifyNotification(uplink, 'ZjdkOTE1MDA5ZTZkOTQyZWEyNzViMDczZTY3ZjQxOWQ=', SECRET)).toBe(true);
    expect(verifyNotification(alert, ' NjhhNmQyMzUyNTY0NGRmYzllMTUwMWU2NmM1OGQyOTM= ', SECRET)).toBe(true);
  });

  it('rejects a tampered body, a wrong secret, and a missing or empty header', () => {
    const header = signNotification(uplink, SECRET);
    expect(verifyNotification({ ...uplink, text_message: 'hello!' }, header, SECRET)).toBe(false);
    expect(verifyNotification({ ...uplink, extra: 'x' }, header, SECRET)).toBe(false);
    expect(verifyNotification(uplink, header, 'another-secret')).toBe(false);
    expect(verifyNotification(uplink, undefined, SECRET)).toBe(false);
    expect(verifyNotification(uplink, '', SECRET)).toBe(false);
    expect(verifyNotification(uplink, header.slice(0, -2), SECRET)).toBe(false);
    const tamperedAlert = { devices: [alert.devices[1], alert.devices[0]] };
    expect(verifyNotification(tamperedAlert, signNotification(alert, SECRET), SECRET)).toBe(false);
  });
});
