/** The eSIM domain's resolvers (FMS eSIM QR Mall and Mall / Topup). */
export const esimResolvers: Function[] = [];
