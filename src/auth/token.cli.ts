import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { Role } from '../core/role.js';
import { mintToken } from './token.js';

/** `npm run token -- --role analyst --agency NY0303000 [--subject name] [--expires 8h]`: a local HS256 token. */
const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true, default: ['analyst'] },
    agency: { type: 'string', default: 'NY0303000' },
    subject: { type: 'string', default: 'local-user' },
    expires: { type: 'string', default: '8h' },
  },
});
const roles = values.role!.flatMap((r) => r.split(',')).map((r) => r.trim().toUpperCase());
const unknown = roles.filter((r) => !Object.values(Role).includes(r as Role));
if (unknown.length) {
  console.error(`Unknown role(s): ${unknown.join(', ')}. Known: ${Object.values(Role).join(', ')}`);
  process.exit(1);
}
if (!/^[A-Z]{2}[A-Z0-9]{7}$/.test(values.agency!)) {
  console.error(`--agency must be a 9-character ORI such as NY0303000, got "${values.agency}"`);
  process.exit(1);
}
const config = loadConfig();
console.log(await mintToken(config, { subject: values.subject!, agencyOri: values.agency!, roles: roles as Role[] }, values.expires));
