import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { Role } from '../core/role.js';
import { mintToken } from './token.js';
import { oriProblem } from '../common/ori.js';

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
const agencyProblem = oriProblem(values.agency!);
if (agencyProblem) {
  console.error(`--agency "${values.agency}" is not an ORI: ${agencyProblem}`);
  process.exit(1);
}
const config = loadConfig();
console.log(await mintToken(config, { subject: values.subject!, agencyOri: values.agency!, roles: roles as Role[] }, values.expires));
