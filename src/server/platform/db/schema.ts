// Every table, for the query builder's types. Tables live beside the feature that owns them.

export * from '../../features/space/tables';
export * from '../auth/tables';
export * from '../jobs/tables';
