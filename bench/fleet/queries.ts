/** The bench's fleet page: active SIMs over half their plan, most used first, 50 of them. */
export const SHARE_ABOVE = 0.5;

export const PAGE_QUERY = `{ fleet { sims(first: 50, filter: { lifecycles: [ACTIVE], withoutPlan: false, usedShareAbove: ${SHARE_ABOVE} }, orderBy: { field: USED_BYTES, direction: DESC }) {
  totalCount edges { node { iccid usedBytes planExpiresAt } } } } }`;

export const SUMMARY_QUERY = '{ fleet { summary { simCount usedBytes remainingBytes above80Percent above100Percent endingWithin7Days byLifecycle { lifecycle simCount } byPlan { planCode simCount } } } }';
