/** The bench's fleet page: active SIMs over half their plan, most used first, 50 of them. */
export const SHARE_ABOVE = 0.5;

export const PAGE_QUERY = `query FleetPage($share: Float!) { fleet { sims(first: 50, filter: { lifecycles: [ACTIVE], withoutPlan: false, usedShareAbove: $share }, orderBy: { field: USED_BYTES, direction: DESC }) {
  totalCount edges { node { iccid usedBytes planExpiresAt } } } } }`;

/** The page's request: the same filter each time, or one never asked before (no count kept from an earlier request). */
export function pageBody(fresh: boolean): () => string {
  return () =>
    JSON.stringify({
      query: PAGE_QUERY,
      variables: { share: fresh ? SHARE_ABOVE + Math.random() / 100 : SHARE_ABOVE },
    });
}

export const SUMMARY_QUERY =
  '{ fleet { summary { simCount usedBytes remainingBytes above80Percent above100Percent endingWithin7Days byLifecycle { lifecycle simCount } byPlan { planCode simCount } } } }';
