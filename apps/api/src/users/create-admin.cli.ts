import { runWithDatabase } from '../database/run-with-database';
import { createAdmin } from './create-admin';

/** `npm run create-admin -- --email=<address> --name=<display name>`: an admin account with a generated password, printed once. */
const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const email = option('email');
const name = option('name');

if (!email || !name) {
  console.error('usage: npm run create-admin -- --email=<address> --name=<display name>');
  process.exitCode = 1;
} else {
  runWithDatabase(
    async (dataSource) => {
      const { password } = await createAdmin(dataSource, email, name);
      console.log(`Admin ${email.trim().toLowerCase()} created. Password (shown only now): ${password}`);
    },
    { meilisearch: false },
  );
}
