// npm run serve:mock — the msw mock back end over HTTP on 127.0.0.1 (PORT, default 8787), for
// trying the conformance kit: npx ent-widgets-conformance --base-url http://127.0.0.1:8787/api
// --accounts conformance/accounts.mock.json. Requests pick their demo user with X-Demo-User.
import { startMockServer } from '../test/conformance/mock-server.js';

const server = await startMockServer({ port: Number(process.env.PORT ?? 8787) });
console.log(`Mock back end on ${server.url} (X-Demo-User: eleve, responsableCollege, admin…)`);
