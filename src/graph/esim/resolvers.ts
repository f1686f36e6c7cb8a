import { EsimCatalogueResolver, EsimCountryResolver, EsimPackageResolver, EsimRegionResolver } from './fms/catalogue.resolver.js';
import { EsimOrderResolver, EsimPaymentReportResolver, EsimResolver } from './fms/order.resolver.js';
import { EsimOrderSubscription } from './fms/order.subscription.js';
import { EsimSessionResolver } from './fms/session.resolver.js';
import { EsimOrderQrCodeResolver, EsimQrCodeResolver, QrCodeImageResolver } from './qr-code.js';
import { MallCardResolver } from './mall/card.resolver.js';
import { MallBundleGroupChangeResolver, MallBundleGroupResolver } from './mall/group.resolver.js';
import { MallOrderResolver } from './mall/order.resolver.js';
import { MallPaymentResolver } from './mall/payment.resolver.js';
import { MallRenewalResolver } from './mall/renewal.resolver.js';

/** The eSIM domain's resolvers: FMS (eSIM QR Mall) in `fms/`, Mall / Topup in `mall/`. */
export const esimResolvers: Function[] = [
  EsimSessionResolver,
  EsimCatalogueResolver,
  EsimCountryResolver,
  EsimRegionResolver,
  EsimPackageResolver,
  EsimOrderResolver,
  EsimPaymentReportResolver,
  EsimResolver,
  EsimOrderSubscription,
  EsimQrCodeResolver,
  EsimOrderQrCodeResolver,
  QrCodeImageResolver,
  MallCardResolver,
  MallOrderResolver,
  MallPaymentResolver,
  MallRenewalResolver,
  MallBundleGroupResolver,
  MallBundleGroupChangeResolver,
];
