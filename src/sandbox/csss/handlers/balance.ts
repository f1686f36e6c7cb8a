import { mnoBalance } from '../balance.js';
import { text, type CsssHandler } from './context.js';

export const getMnoBalance: CsssHandler = (body, { state, language }) => {
  const sim = state.requireSim(text(body, 'device_id'));
  const order = state.orders.inUse(sim.iccid);
  return mnoBalance(sim, order, order ? state.usage.orderRemaining(order) : 0, language);
};
