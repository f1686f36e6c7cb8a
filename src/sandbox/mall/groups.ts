import { GroupOperationStatus, groupOperationStatusCodes } from '../../upstream/mall/enums.js';
import { BoundedMap } from '../bounded-map.js';
import { MallFailure } from './failure.js';
import { findPlan, type PlanProduct } from './plans.js';

/**
 * Bundle groups: sets of cards sharing one plan (§9.19–9.23). A card belongs to one group at most. Adding and
 * removing cards are asynchronous operations upstream; the sandbox finishes them at once and keeps their results.
 */

interface Group {
  id: string;
  name: string;
  plan: PlanProduct;
  iccids: Set<string>;
}

interface Operation {
  id: string;
  groupId: string;
  status: GroupOperationStatus;
  failures: { sim_id: string; reason: string }[];
}

export class Groups {
  private readonly groups = new Map<string, Group>([
    [
      'G1001',
      {
        id: 'G1001',
        name: 'Europe fleet',
        plan: findPlan('PACKAGE20180428000007'),
        iccids: new Set(['89852024000000000101', '89852024000000000102']),
      },
    ],
    ['G1002', { id: 'G1002', name: 'Asia fleet', plan: findPlan('PACKAGE20180428000010'), iccids: new Set() }],
  ]);
  private readonly operations: BoundedMap<string, Operation>;
  private nextOperation = 1;

  constructor(
    private readonly isCard: (iccid: string) => boolean,
    limit: number,
  ) {
    this.operations = new BoundedMap(limit);
  }

  list(): Record<string, unknown>[] {
    return [...this.groups.values()].map((group) => ({
      group_id: group.id,
      group_name: group.name,
      package_code: group.plan.packageCode,
      package_name: group.plan.name,
      sim_count: group.iccids.size,
    }));
  }

  sims(groupId: string): Record<string, unknown> {
    return { group_id: groupId, sim_ids: [...this.group(groupId).iccids] };
  }

  add(groupId: string, iccids: readonly string[]): Record<string, unknown> {
    const group = this.group(groupId);
    return this.operate(group, iccids, (iccid) => {
      if (!this.isCard(iccid)) return 'card not found';
      const other = [...this.groups.values()].find((entry) => entry !== group && entry.iccids.has(iccid));
      if (other) return `card is in group ${other.id}`;
      group.iccids.add(iccid);
      return null;
    });
  }

  remove(groupId: string, iccids: readonly string[]): Record<string, unknown> {
    const group = this.group(groupId);
    return this.operate(group, iccids, (iccid) => (group.iccids.delete(iccid) ? null : 'card is not in the group'));
  }

  operation(id: string): Record<string, unknown> {
    const operation = this.operations.get(id);
    if (!operation) throw new MallFailure('E1005', id);
    return {
      operation_id: operation.id,
      group_id: operation.groupId,
      status: groupOperationStatusCodes.encode(operation.status),
      failures: operation.failures,
    };
  }

  private group(groupId: string): Group {
    const group = this.groups.get(groupId);
    if (!group) throw new MallFailure('E1004', groupId);
    return group;
  }

  /** Applies `change` to each card; it answers null on success or why that card failed. */
  private operate(
    group: Group,
    iccids: readonly string[],
    change: (iccid: string) => string | null,
  ): Record<string, unknown> {
    const failures = iccids.flatMap((iccid) => {
      const reason = change(iccid);
      return reason === null ? [] : [{ sim_id: iccid, reason }];
    });
    const status =
      failures.length === 0
        ? GroupOperationStatus.SUCCEEDED
        : failures.length === iccids.length
          ? GroupOperationStatus.FAILED
          : GroupOperationStatus.PARTIALLY_FAILED;
    const id = `OP${String(this.nextOperation++).padStart(8, '0')}`;
    this.operations.set(id, { id, groupId: group.id, status, failures });
    return { operation_id: id };
  }
}
