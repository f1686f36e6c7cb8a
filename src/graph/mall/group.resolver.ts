import { Authorized, Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { BundleGroup, GroupOperation } from '../../upstream/mall/model.js';
import type { GraphContext } from '../context.js';
import { badInput, checkIccid, notFound } from '../errors.js';
import { configuredMall } from './configured.js';
import { idempotencyKeyArg } from '../write.js';
import {
  MallBundleGroup,
  MallBundleGroupChange,
  MallBundleGroupOperation,
  MallBundleGroupSimsInput,
} from './group.type.js';
import { checkMallId } from './ids.js';
import { mallWrite } from './mall-write.js';

const groupIdArg = { description: 'The bundle group id.' } as const;

/** The ICCIDs of one change: one upstream operation, so at most the endpoint's batch limit (a larger set is refused, not split). */
function changeOf(
  context: GraphContext,
  endpoint: 'addGroupSims' | 'removeGroupSims',
  groupId: string,
  iccids: string[],
): { groupId: string; iccids: string[] } {
  const limit = configuredMall(context).endpoints[endpoint].batch.limit;
  if (iccids.length === 0 || iccids.length > limit)
    throw badInput(`iccids must hold 1 to ${limit} ICCIDs`, 'input.iccids');
  return {
    groupId: checkMallId(groupId, 'input.groupId'),
    iccids: [...new Set(iccids.map((iccid, index) => checkIccid(iccid, `input.iccids[${index}]`)))],
  };
}

@Resolver(() => MallBundleGroup)
export class MallBundleGroupResolver {
  @Authorized('mall:read')
  @Query(() => [MallBundleGroup], { nullable: true, description: "The partner's bundle groups with their plans." })
  mallBundleGroups(@Ctx() context: GraphContext): Promise<BundleGroup[]> {
    return context.loaders.mallRead('listGroups', {});
  }

  @Authorized('mall:read')
  @Query(() => MallBundleGroup, {
    nullable: true,
    description: 'One bundle group. Null with NOT_FOUND when the partner has no such group.',
  })
  async mallBundleGroup(
    @Arg('id', () => ID, groupIdArg) id: string,
    @Ctx() context: GraphContext,
  ): Promise<BundleGroup> {
    const groupId = checkMallId(id, 'id');
    const group = (await context.loaders.mallRead('listGroups', {})).find((candidate) => candidate.id === groupId);
    if (!group) throw notFound(`no bundle group ${groupId}`);
    return group;
  }

  @Authorized('mall:read')
  @Query(() => MallBundleGroupOperation, {
    nullable: true,
    description: 'The result so far of an asynchronous bundle-group change.',
  })
  mallBundleGroupOperation(
    @Arg('id', () => ID, { description: 'The operation id.' }) id: string,
    @Ctx() context: GraphContext,
  ): Promise<GroupOperation> {
    return context.loaders.mallRead('getGroupOperation', { operationId: checkMallId(id, 'id') });
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'The cards (ICCIDs) in the group.' })
  async iccids(@Root() group: BundleGroup, @Ctx() context: GraphContext): Promise<string[]> {
    return (await context.loaders.mallRead('listGroupSims', { groupId: group.id })).iccids;
  }

  @Authorized('mall:write')
  @Mutation(() => MallBundleGroupChange, {
    nullable: true,
    description:
      'Adds cards to a bundle group; asynchronous: read the result with `operation`. A card already in another group fails.',
  })
  addMallBundleGroupSims(
    @Arg('input', () => MallBundleGroupSimsInput, { description: 'The group, and the cards.' })
    input: MallBundleGroupSimsInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<{ operationId: string }> {
    const change = changeOf(context, 'addGroupSims', input.groupId, input.iccids);
    return mallWrite(context, 'addMallBundleGroupSims', idempotencyKey, change, 'addGroupSims', change);
  }

  @Authorized('mall:write')
  @Mutation(() => MallBundleGroupChange, {
    nullable: true,
    description: 'Removes cards from a bundle group; asynchronous: read the result with `operation`.',
  })
  removeMallBundleGroupSims(
    @Arg('input', () => MallBundleGroupSimsInput, { description: 'The group, and the cards.' })
    input: MallBundleGroupSimsInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<{ operationId: string }> {
    const change = changeOf(context, 'removeGroupSims', input.groupId, input.iccids);
    return mallWrite(context, 'removeMallBundleGroupSims', idempotencyKey, change, 'removeGroupSims', change);
  }
}

@Resolver(() => MallBundleGroupChange)
export class MallBundleGroupChangeResolver {
  @FieldResolver(() => MallBundleGroupOperation, {
    nullable: true,
    description: 'The operation and its result so far, read now.',
  })
  operation(@Root() change: MallBundleGroupChange, @Ctx() context: GraphContext): Promise<GroupOperation> {
    return context.loaders.mallRead('getGroupOperation', { operationId: change.operationId });
  }
}
