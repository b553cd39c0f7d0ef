import type { Command } from '../command';
import { withDirectory } from './open-directory';

const usage = 'Usage: npm run --silent tend -- admin grant EMAIL | admin revoke EMAIL\n';

/** Makes an existing account an operator of this instance, or stops it being one. */
export const adminCommand: Command = {
  name: 'admin',
  summary: 'admin grant EMAIL / admin revoke EMAIL: who may edit the services directory',
  async run([action, email, ...rest]) {
    if ((action !== 'grant' && action !== 'revoke') || !email || rest.length > 0) {
      process.stderr.write(usage);
      return 2;
    }
    return withDirectory(async (directory) => {
      if (action === 'grant') {
        if (!(await directory.grant(email))) {
          process.stderr.write(`No account uses ${email}. Sign up in the app first, then run this again.\n`);
          return 1;
        }
        process.stdout.write(`${email} is now an operator: Support shows them "Edit the directory".\n`);
        return 0;
      }
      const was = await directory.revoke(email);
      if (was === null) {
        process.stderr.write(`No account uses ${email}.\n`);
        return 1;
      }
      process.stdout.write(was ? `${email} is no longer an operator.\n` : `${email} was not an operator.\n`);
      return 0;
    });
  },
};
