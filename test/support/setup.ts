// Loaded before the test framework on every test page: msw listens before any test runs.
import './msw.js';
