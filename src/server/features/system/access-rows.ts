import { room } from '../../testing/access';

export const systemAccess = room({
  rows: {
    'GET /api/health': 'public',
    'GET /api/docs': 'public',
  },
});
