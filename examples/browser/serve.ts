/**
 * `npm run example:browser [-- PORT]`: serve the browser page until Ctrl-C. The port comes from
 * the argument or $PORT; without either, any free port.
 */

import { startServer } from './server.js';

const port = Number(process.argv[2] ?? process.env.PORT ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`not a port: ${process.argv[2] ?? process.env.PORT}`);
  process.exit(2);
}
const server = await startServer(port);
console.log(`guanai browser page: ${server.url}  (Ctrl-C to stop)`);
