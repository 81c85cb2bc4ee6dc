// The same server `npm run lighthouse` uses.
export { startServer } from '../../scripts/static-server.mjs';
