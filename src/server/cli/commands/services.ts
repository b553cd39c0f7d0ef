import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from '../command';
import { withDirectory } from './open-directory';

const usage =
  'Usage: npm run --silent tend -- services import FILE | services export FILE\n' +
  'The CSV columns are listed in README.md ("The local services directory").\n';

/** Fills the local services directory from a CSV file, or writes it to one. */
export const servicesCommand: Command = {
  name: 'services',
  summary: 'services import FILE / services export FILE: the local services directory as CSV',
  async run([action, file, ...rest]) {
    if ((action !== 'import' && action !== 'export') || !file || rest.length > 0) {
      process.stderr.write(usage);
      return 2;
    }
    if (action === 'export') {
      return withDirectory(async (directory) => {
        const { text, count } = await directory.exportFile();
        await writeFile(file, text);
        process.stdout.write(`Wrote ${count} service(s) to ${file}.\n`);
        return 0;
      });
    }
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      process.stderr.write(`Cannot read ${file}: check the path and that the file is readable.\n`);
      return 1;
    }
    return withDirectory(async (directory) => {
      const result = await directory.importFile(text);
      if (result.errors.length > 0) {
        process.stderr.write(
          `Nothing was imported. Fix these in ${file} and run the import again:\n` +
            result.errors.map((error) => `  ${error}\n`).join(''),
        );
        return 1;
      }
      process.stdout.write(
        `Imported ${result.added + result.changed} service(s): ${result.added} new, ${result.changed} updated.\n`,
      );
      return 0;
    });
  },
};
