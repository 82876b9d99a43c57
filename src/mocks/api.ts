// The mocks use the library's aliases of the contract's schemas (generated from
// contract/openapi.yaml, never retyped).
export type * from '../shared/api/types.js';
