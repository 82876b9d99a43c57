// What every route module receives.
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { Contract } from '../http/contract.js';
import type { ListingSource } from '../mediacentre/source.js';

export interface RouteContext {
  config: Config;
  db: Db;
  contract: Contract;
  now: () => Date;
  demoSecret?: Uint8Array;
  /** The médiacentre's listings (default: the seeded GAR records). */
  listingSource?: ListingSource;
}
