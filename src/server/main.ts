import { buildApp } from './app';
import { ConfigError, loadConfig } from './platform/config/config';

/** Boot: check the configuration, open and migrate the database, start serving. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  try {
    config = loadConfig();
    app = await buildApp({ config });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const { http, platform } = app;
  await http.listen({ port: config.port, host: config.host });
  await app.startJobs();
  http.log.info(
    {
      url: config.publicUrl.origin,
      database: platform.database.kind === 'pglite' ? `embedded, in ${config.dataDir}` : 'PostgreSQL server',
      mail: platform.mailer.describe(),
    },
    `Tend is ready at ${config.publicUrl.origin}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    http.log.info(`Stopping (${signal})`);
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

await main();
