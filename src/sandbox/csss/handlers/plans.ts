import { SimLifecycle } from '../../../upstream/csss/enums.js';
import { planItem } from '../records.js';
import { itemError, itemOk, type CsssHandler } from './context.js';

export const listPlans: CsssHandler = (_body, { state }) => ({ package_list: state.plans.map(planItem) });

/** §4.11 (deprecated): the regular plans for every SIM, OTA plans too where the SIM supports OTA, none when deactivated. */
export const listOrderablePlans: CsssHandler = (body, { state, language }) => ({
  device_package: (body.deviceList as string[]).map((iccid) => {
    const sim = state.sim(iccid);
    if (!sim) return itemError(iccid, '2001', language);
    const codes =
      sim.lifecycle === SimLifecycle.DEACTIVATED
        ? []
        : state.plans.filter((plan) => !plan.ota || sim.ota).map((plan) => plan.code);
    return itemOk({ device_id: iccid, package_codes: codes });
  }),
});
