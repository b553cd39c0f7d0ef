import { join } from 'node:path';
import { createServicesDirectory, type ServicesDirectory } from '../../features/services/service';
import { systemClock } from '../../platform/clock';
import { loadConfig } from '../../platform/config/config';
import { openDatabase } from '../../platform/db/database';

/** Opens the configured database (migrating it, as the server would) for one operator task. */
export async function withDirectory(
  task: (directory: ServicesDirectory) => Promise<number>,
): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase({
    dataDir: join(config.dataDir, 'db'),
    databaseUrl: config.databaseUrl,
  });
  try {
    return await task(createServicesDirectory({ database, clock: systemClock }));
  } finally {
    await database.close();
  }
}
