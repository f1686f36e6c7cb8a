import {
  EsimCatalogueResolver,
  EsimCountryResolver,
  EsimPackageResolver,
  EsimPriceResolver,
  EsimRegionResolver,
} from './catalogue.resolver.js';
import { EsimOrderResolver, EsimPaymentReportResolver, EsimResolver } from './order.resolver.js';
import { EsimOrderSubscription } from './order.subscription.js';
import { EsimOrderQrCodeResolver, EsimQrCodeResolver, QrCodeImageResolver } from './qr-code.js';
import { EsimSessionResolver } from './session.resolver.js';

/** The eSIM domain's resolvers: the eSIM QR Mall (FMS). */
export const esimResolvers: Function[] = [
  EsimSessionResolver,
  EsimCatalogueResolver,
  EsimCountryResolver,
  EsimRegionResolver,
  EsimPackageResolver,
  EsimPriceResolver,
  EsimOrderResolver,
  EsimPaymentReportResolver,
  EsimResolver,
  EsimOrderSubscription,
  EsimQrCodeResolver,
  EsimOrderQrCodeResolver,
  QrCodeImageResolver,
];
