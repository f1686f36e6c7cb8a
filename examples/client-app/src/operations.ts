import { graphql } from './gql/index.js';

/** The operations this app runs: codegen types each one from the schema and lists it in the manifest. */
export const SimCard = graphql(`
  query SimCard($iccid: ID!) {
    sim(iccid: $iccid) {
      iccid
      lifecycle
      usage { usedBytes remainingHighSpeedBytes }
    }
  }
`);

export const PlanPicker = graphql(`
  query PlanPicker($type: PlanType) {
    plans(type: $type) { code name type dataBytes }
  }
`);
