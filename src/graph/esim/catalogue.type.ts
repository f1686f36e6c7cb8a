import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PackageScope, PeriodUnit } from '../../upstream/fms/enums.js';
import { OneOf } from '../one-of.js';
import { BytesScalar, DateTimeScalar } from '../scalars.js';

registerEnumType(PackageScope, {
  name: 'EsimPackageScope',
  description: 'Which packages a country lists.',
  valuesConfig: {
    INCLUDES_COUNTRY: { description: 'Every package whose coverage includes the country, multi-country ones too.' },
    ONLY_COUNTRY: { description: 'Only packages that cover that one country.' },
  },
});

registerEnumType(PeriodUnit, {
  name: 'EsimPeriodUnit',
  description: 'The unit of a package period.',
  valuesConfig: {
    DAY: { description: 'Days.' },
    MONTH: { description: 'Months.' },
    YEAR: { description: 'Years.' },
    UNKNOWN: { description: 'A unit code this gateway does not know yet.' },
  },
});

@ObjectType({ description: 'A country the eSIM shop sells packages for.' })
export class EsimCountry {
  @Field(() => ID, { description: 'Mobile country code (MCC), e.g. `460`.' })
  mcc!: string;

  @Field(() => String, { description: 'English name, e.g. `China`.' })
  isoName!: string;

  @Field(() => String, { description: 'Display name, possibly localised.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The region (continent) code it belongs to, when the shop says.' })
  regionCode!: string | null;
}

@ObjectType({ description: 'A region (continent) packages can be listed by.' })
export class EsimRegion {
  @Field(() => ID, { description: 'Region code, e.g. `EU`.' })
  code!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;
}

@ObjectType({ description: 'What one period of a package costs in one currency.' })
export class EsimPrice {
  /** Read as `price` (Money) by its field resolver. */
  currency!: string;
  amount!: string;

  @Field(() => String, { nullable: true, description: 'Currency name, when the shop says.' })
  currencyName!: string | null;

  @Field(() => String, { nullable: true, description: 'Currency symbol, e.g. `$`, when the shop says.' })
  symbol!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Digits after the decimal point the currency shows, when the shop says.',
  })
  decimals!: number | null;
}

@OneOf()
@InputType({
  description:
    'Where packages are sold: exactly one of a country (by mobile country code or English name) or a region.',
})
export class EsimPackageLocation {
  @Field(() => ID, { nullable: true, description: 'The country by mobile country code, e.g. `460`.' })
  mcc?: string;

  @Field(() => String, { nullable: true, description: 'The country by English name, e.g. `Japan` (case-insensitive).' })
  countryName?: string;

  @Field(() => ID, { nullable: true, description: 'The region code, from `esimRegions`.' })
  region?: string;
}

@ObjectType({ description: 'An eSIM data package for sale.' })
export class EsimPackage {
  @Field(() => ID, { description: 'Package id: what `esimPreOrder` takes as `packageId`.' })
  id!: string;

  @Field(() => String, { description: 'Package code, e.g. `LP20220325000000`.' })
  code!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'One-line description, when the shop says.' })
  shortDescription!: string | null;

  @Field(() => String, { nullable: true, description: 'URL of the logo, when the shop says.' })
  logoUrl!: string | null;

  @Field(() => BytesScalar, { nullable: true, description: 'Data included, in bytes , when the shop says.' })
  dataBytes!: number | null;

  @Field(() => Int, { description: 'How many `periodUnit`s one period lasts.' })
  period!: number;

  @Field(() => PeriodUnit, { description: 'The unit of `period`.' })
  periodUnit!: PeriodUnit;
}

@ObjectType({ description: 'The parts of a package only its detail page carries.' })
export class EsimPackageDetail {
  @Field(() => String, { nullable: true, description: 'Full description, when the shop says.' })
  description!: string | null;

  @Field(() => [EsimCountry], { description: 'The countries the package covers.' })
  coveredCountries!: EsimCountry[];

  @Field(() => Int, { nullable: true, description: 'The fewest periods one order may buy, when the shop says.' })
  minPeriods!: number | null;

  @Field(() => Int, { nullable: true, description: 'The most periods one order may buy, when the shop says.' })
  maxPeriods!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many have been sold, when the shop says.' })
  salesCount!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the shop last changed the package, when it says.' })
  updatedAt!: Date | null;
}
