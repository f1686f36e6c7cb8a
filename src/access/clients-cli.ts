import { newApiKey, keyDigest } from './api-keys.js';
import { ClientsFileError, readClientsFile } from './clients-file.js';

/**
 * `npm run clients -- new-key`: prints a fresh API key (give it to the client, once) and the digest line to
 * paste into its `keys` in the clients file. `npm run clients -- check <file>`: validates a clients file as start-up would.
 */
const [command, argument] = process.argv.slice(2);
switch (command) {
  case 'new-key': {
    const key = newApiKey();
    console.log(`key (give it to the client; it is not stored anywhere): ${key}`);
    console.log(`line for its "keys" in the clients file:            "sha256:${keyDigest(key)}"`);
    break;
  }
  case 'check': {
    if (!argument) {
      console.error('usage: npm run clients -- check <file>');
      process.exitCode = 64;
      break;
    }
    try {
      const file = readClientsFile(argument);
      console.log(`ok: ${file.clients.length} clients, ${file.issuers.length} issuers`);
    } catch (error) {
      if (!(error instanceof ClientsFileError)) throw error;
      console.error(error.message);
      process.exitCode = 2;
    }
    break;
  }
  default:
    console.error('usage: npm run clients -- new-key | check <file>');
    process.exitCode = 64;
}
