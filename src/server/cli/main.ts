import { commands } from './commands';

/** The operator's command line: `npm run --silent tend -- <command> [options]`. */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const lines = commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`);
    const intro = name && name !== 'help' ? `Unknown command "${name}".\n\n` : '';
    process.stderr.write(
      `${intro}Usage: npm run --silent tend -- <command>\n\nCommands:\n${lines.join('\n')}\n`,
    );
    return name && name !== 'help' ? 2 : 0;
  }
  return command.run(args);
}

process.exitCode = await main(process.argv.slice(2));
