import { describe, expect, it } from 'vitest';
import { allowsAll, simScopeOf } from '../../../src/access/sim-scope.js';
import { withinScope } from '../../../src/events/filter.js';
import type { StoredEvent } from '../../../src/events/index.js';

describe('SIM scope', () => {
  it('allows exact ICCIDs and prefixes, nothing else; an empty list allows nothing', () => {
    const scope = simScopeOf(['89852049017565664195', '898520490175656642*']);
    expect(scope.allows('89852049017565664195')).toBe(true);
    expect(scope.allows('89852049017565664201')).toBe(true);
    expect(scope.allows('8985204901756566419')).toBe(false);
    expect(scope.allows('89852049017565664300')).toBe(false);
    expect(simScopeOf([]).allows('89852049017565664195')).toBe(false);
    expect(allowsAll(null, ['1'])).toBe(true);
    expect(allowsAll(scope, ['89852049017565664195', '89852049017565664300'])).toBe(false);
  });

  it("cuts a usage alert naming several SIMs down to the caller's", () => {
    const mine = '89852049017565664195';
    const theirs = '89852049017565669999';
    const alert: StoredEvent = {
      id: '1-0',
      kind: 'USAGE_ALERT',
      iccids: [mine, theirs],
      receivedAt: new Date(),
      deliveryId: null,
      payload: {
        alerts: [
          { iccid: mine, warning: 'OVER_80' as never, expiresAt: null, expiresAtText: null },
          { iccid: theirs, warning: 'OVER_80' as never, expiresAt: null, expiresAtText: null },
        ],
      },
    };
    const cut = withinScope(alert, simScopeOf([mine]));
    expect(cut.iccids).toEqual([mine]);
    expect(cut.kind === 'USAGE_ALERT' && cut.payload.alerts.map((entry) => entry.iccid)).toEqual([mine]);
    expect(withinScope(alert, null)).toBe(alert);
  });
});
