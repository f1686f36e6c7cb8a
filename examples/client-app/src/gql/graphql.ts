/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How long one period of a data plan lasts. */
export type PlanType =
  /** One day. */
  | 'DAILY'
  /** Six months. */
  | 'HALF_YEARLY'
  /** One month. */
  | 'MONTHLY'
  /** Three months. */
  | 'QUARTERLY'
  /** A plan type code this gateway does not know yet. */
  | 'UNKNOWN'
  /** A daily plan without a data cap. */
  | 'UNLIMITED_DAILY'
  /** One year. */
  | 'YEARLY';

/** Where a SIM is in its life, as Linksfield reports it. */
export type SimLifecycle =
  /** Activated and in service (activation period). */
  | 'ACTIVE'
  /** Deactivated (assumed code 4: the documentation is cut off after 3). */
  | 'DEACTIVATED'
  /** Not yet activated (pre-activation period). */
  | 'PRE_ACTIVATION'
  /** About to be deactivated (pre-deactivation period). */
  | 'PRE_DEACTIVATION'
  /** A lifecycle code this gateway does not know yet. */
  | 'UNKNOWN';

export type SimCardQueryVariables = Exact<{
  iccid: string | number;
}>;


export type SimCardQuery = { sim: { iccid: string, lifecycle: SimLifecycle, usage: { usedBytes: number, remainingHighSpeedBytes: number } } | null };

export type PlanPickerQueryVariables = Exact<{
  type?: PlanType | null | undefined;
}>;


export type PlanPickerQuery = { plans: Array<{ code: string, name: string, type: PlanType, dataBytes: number | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SimCardDocument = new TypedDocumentString(`
    query SimCard($iccid: ID!) {
  sim(iccid: $iccid) {
    iccid
    lifecycle
    usage {
      usedBytes
      remainingHighSpeedBytes
    }
  }
}
    `, {"hash":"sha256:8b3a43e2feefd6cef1caeef47a7adcdd188cac2012164be86488d2c0cbe0da02"}) as unknown as TypedDocumentString<SimCardQuery, SimCardQueryVariables>;
export const PlanPickerDocument = new TypedDocumentString(`
    query PlanPicker($type: PlanType) {
  plans(type: $type) {
    code
    name
    type
    dataBytes
  }
}
    `, {"hash":"sha256:dd4f5d9bff56892bbb89b2aebc1cd6e7b0b0c6db1a81516150568261e429d8c8"}) as unknown as TypedDocumentString<PlanPickerQuery, PlanPickerQueryVariables>;