// Every table, for the query builder's types. Tables live beside the feature that owns them.

export * from '../../features/agreements/tables';
export * from '../../features/appreciations/tables';
export * from '../../features/commitments/tables';
export * from '../../features/insights/tables';
export * from '../../features/journal/tables';
export * from '../../features/meetings/tables';
export * from '../../features/pause/tables';
export * from '../../features/problems/tables';
export * from '../../features/pulse/tables';
export * from '../../features/repair/tables';
export * from '../../features/rituals/tables';
export * from '../../features/services/tables';
export * from '../../features/space/tables';
export * from '../../features/talks/tables';
export * from '../auth/tables';
export * from '../idempotency/tables';
export * from '../jobs/tables';
