// The server's tests, in one process sharing one server (see harness.ts).
import { after } from 'node:test';
import { stopServer } from './harness.js';
import './session.suite.js';
import './auth.suite.js';
import './news.suite.js';
import './announcements.suite.js';
import './mediacentre.suite.js';
import './uploads.suite.js';
import './affectation.suite.js';
import './operations.suite.js';
// Last: it adds an establishment, which changes audience counts.
import './directory.suite.js';

after(stopServer);
