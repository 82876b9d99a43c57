// Types of conformance/contract.mjs: the contract read from contract/openapi.yaml, and checks
// of requests and responses against it (JSON Schema 2020-12 through Ajv).

export interface ResponseToCheck {
  method: string;
  /** A concrete path under the api-base: `/affectation/establishments/0330001A/people`. */
  path: string;
  status: number;
  contentType?: string | null;
  body?: unknown;
  /** Lower-cased names; when given, the headers the response documents are checked too. */
  headers?: Record<string, string>;
}

export interface OperationInfo {
  method: string;
  template: string;
  operationId: string;
  operation: Record<string, any>;
  parameters: Array<Record<string, any>>;
}

export interface ContractValidator {
  spec: Record<string, any>;
  /** The path template of the contract a concrete path matches. */
  matchPath(concrete: string): string | undefined;
  /** Problems found (empty when valid). */
  validateResponse(response: ResponseToCheck): string[];
  validateRequest(request: { method: string; path: string; body?: unknown }): string[];
  responseRule(method: string, template: string, status: number): string;
  operations(): OperationInfo[];
  requestSchema(method: string, template: string): Record<string, any> | undefined;
  resolve(node: unknown): any;
}

export declare function loadContract(): Record<string, any>;
export declare function createContractValidator(spec?: Record<string, any>): ContractValidator;
