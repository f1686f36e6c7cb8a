import { Authorized, Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PackageScope } from '../../upstream/fms/enums.js';
import type { Country, PackageDetail, PackageSummary, Price, Region } from '../../upstream/fms/model.js';
import type { GraphContext } from '../context.js';
import { badInput } from '../errors.js';
import { Money } from '../money.js';
import { fromCatalogue } from './catalogue.js';
import {
  EsimCountry,
  EsimPackage,
  EsimPackageDetail,
  EsimPackageLocation,
  EsimPrice,
  EsimRegion,
} from './catalogue.type.js';
import { checkPackageId } from './ids.js';

const MCC = /^\d{3}$/;

const scopeArg = {
  defaultValue: PackageScope.INCLUDES_COUNTRY,
  description: 'Whether multi-country packages are listed too.',
} as const;

function checkMcc(mcc: string): string {
  if (!MCC.test(mcc)) throw badInput(`"${mcc.slice(0, 16)}" is not a mobile country code (3 digits)`, 'location.mcc');
  return mcc;
}

/** A package's detail: the root itself when it came from `esimPackage`, otherwise the cached detail read. */
function detailOf(context: GraphContext, pkg: PackageSummary | PackageDetail): Promise<PackageDetail> | PackageDetail {
  return 'coveredCountries' in pkg ? pkg : fromCatalogue(context, 'getPackage', { packageId: pkg.id });
}

@Resolver()
export class EsimCatalogueResolver {
  @Authorized('esim')
  @Query(() => [EsimCountry], {
    nullable: true,
    description: 'The countries the eSIM shop sells packages for. No token needed.',
  })
  esimCountries(@Ctx() context: GraphContext): Promise<Country[]> {
    return fromCatalogue(context, 'listCountries', {});
  }

  @Authorized('esim')
  @Query(() => [EsimRegion], {
    nullable: true,
    description: 'The regions (continents) packages can be listed by. No token needed.',
  })
  esimRegions(@Ctx() context: GraphContext): Promise<Region[]> {
    return fromCatalogue(context, 'listRegions', {});
  }

  @Authorized('esim')
  @Query(() => [EsimPackage], {
    nullable: true,
    description:
      'Packages for one country, by mobile country code or English name, or for one region. No token needed.',
  })
  async esimPackages(
    @Arg('location', () => EsimPackageLocation, { description: 'The country or region.' })
    location: EsimPackageLocation,
    @Arg('scope', () => PackageScope, {
      ...scopeArg,
      description: 'For a country: whether multi-country packages are listed too.',
    })
    scope: PackageScope,
    @Ctx() context: GraphContext,
  ): Promise<PackageSummary[]> {
    const { mcc, countryName, region } = location;
    // Only places the catalogue lists are asked for, so the cached keys are bounded by the catalogue; elsewhere nothing is sold.
    if (region != null) {
      const known = (await fromCatalogue(context, 'listRegions', {})).find((entry) => entry.code === region);
      return known ? fromCatalogue(context, 'listRegionPackages', { regionCode: known.code }) : [];
    }
    const countries = await fromCatalogue(context, 'listCountries', {});
    if (mcc != null) {
      const known = countries.find((country) => country.mcc === checkMcc(mcc));
      return known ? fromCatalogue(context, 'listPackages', { mcc: known.mcc, scope }) : [];
    }
    const name = countryName!.trim().toLowerCase();
    const known = countries.find((country) => country.isoName.toLowerCase() === name);
    return known ? fromCatalogue(context, 'listPackages', { isoName: known.isoName, scope }) : [];
  }

  @Authorized('esim')
  @Query(() => [EsimPackage], { nullable: true, description: 'The packages the shop features. No token needed.' })
  esimHotPackages(@Ctx() context: GraphContext): Promise<PackageSummary[]> {
    return fromCatalogue(context, 'listHotPackages', {});
  }

  @Authorized('esim')
  @Query(() => EsimPackage, {
    nullable: true,
    description:
      'One package with its detail and prices per currency. Null with NOT_FOUND for an unknown id. No token needed.',
  })
  esimPackage(
    @Arg('id', () => ID, { description: 'The package id.' }) id: string,
    @Ctx() context: GraphContext,
  ): Promise<PackageDetail> {
    return fromCatalogue(context, 'getPackage', { packageId: checkPackageId(id, 'id') });
  }
}

@Resolver(() => EsimCountry)
export class EsimCountryResolver {
  @FieldResolver(() => [EsimPackage], { nullable: true, description: 'The packages for this country.' })
  packages(
    @Root() country: Country,
    @Arg('scope', () => PackageScope, scopeArg) scope: PackageScope,
    @Ctx() context: GraphContext,
  ): Promise<PackageSummary[]> {
    return fromCatalogue(context, 'listCountryPackages', { mcc: country.mcc, scope });
  }
}

@Resolver(() => EsimRegion)
export class EsimRegionResolver {
  @FieldResolver(() => [EsimPackage], { nullable: true, description: 'The packages for this region.' })
  packages(@Root() region: Region, @Ctx() context: GraphContext): Promise<PackageSummary[]> {
    return fromCatalogue(context, 'listRegionPackages', { regionCode: region.code });
  }
}

@Resolver(() => EsimPrice)
export class EsimPriceResolver {
  @FieldResolver(() => Money, { description: 'What one period costs in this currency.' })
  price(@Root() price: Price): Money {
    return { amount: price.amount, currency: price.currency };
  }
}

@Resolver(() => EsimPackage)
export class EsimPackageResolver {
  @FieldResolver(() => [EsimPrice], {
    nullable: true,
    description: 'What one period costs, per currency the package is sold in.',
  })
  async prices(@Root() pkg: PackageSummary, @Ctx() context: GraphContext): Promise<Price[]> {
    return pkg.prices.length > 0 ? pkg.prices : (await detailOf(context, pkg)).prices;
  }

  @FieldResolver(() => EsimPackageDetail, {
    nullable: true,
    description: 'Description, coverage and order limits: for a listed package, one more (cached) upstream read.',
  })
  detail(
    @Root() pkg: PackageSummary | PackageDetail,
    @Ctx() context: GraphContext,
  ): Promise<PackageDetail> | PackageDetail {
    return detailOf(context, pkg);
  }
}
