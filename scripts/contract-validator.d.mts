// Types of contract-validator.mjs, for the reference server (TypeScript) that reuses it.
import type { Ajv2020, Options } from 'ajv/dist/2020.js';

export interface ContractSpec {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

export function loadContract(): ContractSpec;
export function createContractAjv(spec?: ContractSpec, options?: Options): Ajv2020;
export function createContractValidator(spec?: ContractSpec): {
  spec: ContractSpec;
  matchPath(concrete: string): string | undefined;
  validateResponse(response: { method: string; path: string; status: number; contentType?: string | null; body: unknown }): string[];
  validateRequest(request: { method: string; path: string; body: unknown }): string[];
};
