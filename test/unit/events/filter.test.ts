import { describe, expect, it } from 'vitest';
import { decodeNotification } from '../../../src/events/decoders.js';
import { eventFilter } from '../../../src/events/filter.js';
import { sampleEvent } from './examples.js';

const stored = (event: ReturnType<typeof sampleEvent>) => ({ id: '1-0', ...event });
const uplinkAboutX = stored(sampleEvent('X'));
const alertAboutXAndY = stored(
  decodeNotification(
    'usage-alert',
    {
      devices: [
        { deviceId: 'Y', warningCode: '1', expireTime: '' },
        { deviceId: 'X', warningCode: '1', expireTime: '' },
      ],
    },
    { deliveryId: null, receivedAt: new Date() },
  ),
);

describe('eventFilter', () => {
  it('matches an event about any of the SIMs asked for', () => {
    const onlyY = eventFilter({ iccids: ['Y'] });
    expect(onlyY(uplinkAboutX)).toBe(false);
    expect(onlyY(alertAboutXAndY)).toBe(true);
    // A long list is looked up another way: the same answers.
    const manyWithY = eventFilter({ iccids: [...Array.from({ length: 20 }, (_, index) => `Z${index}`), 'Y'] });
    expect(manyWithY(uplinkAboutX)).toBe(false);
    expect(manyWithY(alertAboutXAndY)).toBe(true);
  });

  it('matches only the kinds asked for', () => {
    const alerts = eventFilter({ kinds: ['USAGE_ALERT'] });
    expect(alerts(uplinkAboutX)).toBe(false);
    expect(alerts(alertAboutXAndY)).toBe(true);
  });

  it('needs both criteria to hold', () => {
    expect(eventFilter({ iccids: ['X'], kinds: ['SMS_RECEIVED'] })(alertAboutXAndY)).toBe(false);
    expect(eventFilter({ iccids: ['X'], kinds: ['SMS_RECEIVED'] })(uplinkAboutX)).toBe(true);
  });

  it('does not restrict on an absent criterion, and matches nothing on an empty list', () => {
    expect(eventFilter({})(uplinkAboutX)).toBe(true);
    expect(eventFilter({ iccids: null, kinds: null })(uplinkAboutX)).toBe(true);
    expect(eventFilter({ iccids: [] })(uplinkAboutX)).toBe(false);
  });
});
