import { Authorized, Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { BundleGroup, GroupOperation } from '../../upstream/mall/model.js';
import type { GraphContext } from '../context.js';
import { badInput, checkIccid, notFound } from '../errors.js';
import { configuredMall } from './configured.js';
import { idempotencyKeyArg } from '../write.js';
import { MallBundleGroup, MallBundleGroupChange, MallBundleGroupOperation } from './group.type.js';
import { checkMallId } from './ids.js';
import { mallWrite } from './mall-write.js';

const groupIdArg = { description: 'The bundle group id.' } as const;

/** The ICCIDs of one change: one upstream operation, so at most the endpoint's batch limit (a larger set is refused, not split). */
function changeOf(context: GraphContext, endpoint: 'addGroupSims' | 'removeGroupSims', groupId: string, iccids: string[]): { groupId: string; iccids: string[] } {
  const limit = configuredMall(context).endpoints[endpoint].batch.limit;
  if (iccids.length === 0 || iccids.length > limit) throw badInput(`iccids must hold 1 to ${limit} ICCIDs`, 'iccids');
  return { groupId: checkMallId(groupId, 'groupId'), iccids: [...new Set(iccids.map((iccid, index) => checkIccid(iccid, `iccids[${index}]`)))] };
}

@Resolver(() => MallBundleGroup)
export class MallBundleGroupResolver {
  @Authorized('mall:read')
  @Query(() => [MallBundleGroup], { nullable: true, description: "The partner's bundle groups with their plans (§9.22, assumed)." })
  mallBundleGroups(@Ctx() context: GraphContext): Promise<BundleGroup[]> {
    return configuredMall(context).call('listGroups', {});
  }

  @Authorized('mall:read')
  @Query(() => MallBundleGroup, { nullable: true, description: 'One bundle group (§9.22, assumed). NOT_FOUND when the partner has no such group.' })
  async mallBundleGroup(@Arg('id', () => ID, groupIdArg) id: string, @Ctx() context: GraphContext): Promise<BundleGroup> {
    const groupId = checkMallId(id, 'id');
    const group = (await configuredMall(context).call('listGroups', {})).find((candidate) => candidate.id === groupId);
    if (!group) throw notFound(`no bundle group ${groupId}`);
    return group;
  }

  @Authorized('mall:read')
  @Query(() => MallBundleGroupOperation, { nullable: true, description: 'The result so far of an asynchronous bundle-group change (§9.23, assumed).' })
  mallBundleGroupOperation(@Arg('id', () => ID, { description: 'The operation id.' }) id: string, @Ctx() context: GraphContext): Promise<GroupOperation> {
    return configuredMall(context).call('getGroupOperation', { operationId: checkMallId(id, 'id') });
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'The cards (ICCIDs) in the group (§9.21).' })
  async iccids(@Root() group: BundleGroup, @Ctx() context: GraphContext): Promise<string[]> {
    return (await configuredMall(context).call('listGroupSims', { groupId: group.id })).iccids;
  }

  @Authorized('mall:write')
  @Mutation(() => MallBundleGroupChange, { nullable: true, description: 'Adds cards to a bundle group (§9.19, assumed); asynchronous: read the result with `operation`. A card already in another group fails.' })
  addMallBundleGroupSims(
    @Arg('groupId', () => ID, groupIdArg) groupId: string,
    @Arg('iccids', () => [ID], { description: 'The cards (ICCIDs), at most the batch limit (100 unless configured).' }) iccids: string[],
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<{ operationId: string }> {
    const change = changeOf(context, 'addGroupSims', groupId, iccids);
    return mallWrite(context, 'addMallBundleGroupSims', idempotencyKey, change, 'addGroupSims', change);
  }

  @Authorized('mall:write')
  @Mutation(() => MallBundleGroupChange, { nullable: true, description: 'Removes cards from a bundle group (§9.20, assumed); asynchronous: read the result with `operation`.' })
  removeMallBundleGroupSims(
    @Arg('groupId', () => ID, groupIdArg) groupId: string,
    @Arg('iccids', () => [ID], { description: 'The cards (ICCIDs), at most the batch limit (100 unless configured).' }) iccids: string[],
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<{ operationId: string }> {
    const change = changeOf(context, 'removeGroupSims', groupId, iccids);
    return mallWrite(context, 'removeMallBundleGroupSims', idempotencyKey, change, 'removeGroupSims', change);
  }
}

@Resolver(() => MallBundleGroupChange)
export class MallBundleGroupChangeResolver {
  @FieldResolver(() => MallBundleGroupOperation, { nullable: true, description: 'The operation and its result so far, read now.' })
  operation(@Root() change: MallBundleGroupChange, @Ctx() context: GraphContext): Promise<GroupOperation> {
    return configuredMall(context).call('getGroupOperation', { operationId: change.operationId });
  }
}
