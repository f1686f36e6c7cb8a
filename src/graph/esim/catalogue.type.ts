import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PackageScope, PeriodUnit } from '../../upstream/fms/enums.js';
import { BytesScalar, DateTimeScalar } from '../scalars.js';

registerEnumType(PackageScope, {
  name: 'EsimPackageScope',
  description: 'Which packages a country lists (FMS `type`).',
  valuesConfig: {
    INCLUDES_COUNTRY: { description: 'Every package whose coverage includes the country, multi-country ones too.' },
    ONLY_COUNTRY: { description: 'Only packages that cover that one country.' },
  },
});

registerEnumType(PeriodUnit, {
  name: 'EsimPeriodUnit',
  description: 'The unit of a package period (FMS `periodUnit`; its codes are assumed).',
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

  @Field(() => ID, { nullable: true, description: 'The region (continent) code it belongs to, when FMS says.' })
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
  @Field(() => String, { description: 'Currency abbreviation, e.g. `USD`: what `esimPreOrder` takes as `currency`.' })
  currency!: string;

  @Field(() => Int, { description: "FMS's id of the currency." })
  currencyId!: number;

  @Field(() => String, { nullable: true, description: 'Currency name, when FMS says.' })
  currencyName!: string | null;

  @Field(() => String, { nullable: true, description: 'Currency symbol, e.g. `$`, when FMS says.' })
  symbol!: string | null;

  @Field(() => Int, { nullable: true, description: 'Digits after the decimal point the currency shows, when FMS says.' })
  decimals!: number | null;

  @Field(() => String, { description: 'Price of one period, a decimal string.' })
  amount!: string;
}

@ObjectType({ description: 'An eSIM data package for sale.' })
export class EsimPackage {
  @Field(() => ID, { description: 'Package id: what `esimPreOrder` takes as `packageId`.' })
  id!: string;

  @Field(() => String, { description: 'Package code, e.g. `LP20220325000000`.' })
  code!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'One-line description, when FMS says.' })
  shortDescription!: string | null;

  @Field(() => String, { nullable: true, description: 'URL of the logo, when FMS says.' })
  logoUrl!: string | null;

  @Field(() => BytesScalar, { nullable: true, description: 'Data included, in bytes (FMS MB, converted), when FMS says.' })
  dataBytes!: number | null;

  @Field(() => Int, { description: 'How many `periodUnit`s one period lasts.' })
  period!: number;

  @Field(() => PeriodUnit, { description: 'The unit of `period`.' })
  periodUnit!: PeriodUnit;
}

@ObjectType({ description: "The parts of a package only its detail page carries (§8.7)." })
export class EsimPackageDetail {
  @Field(() => String, { nullable: true, description: 'Full description, when FMS says.' })
  description!: string | null;

  @Field(() => [EsimCountry], { description: 'The countries the package covers.' })
  coveredCountries!: EsimCountry[];

  @Field(() => Int, { nullable: true, description: 'The fewest periods one order may buy, when FMS says.' })
  minPeriods!: number | null;

  @Field(() => Int, { nullable: true, description: 'The most periods one order may buy, when FMS says.' })
  maxPeriods!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many have been sold, when FMS says.' })
  salesCount!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When FMS last changed the package, when it says.' })
  updatedAt!: Date | null;
}
