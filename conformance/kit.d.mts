// Types of the conformance kit's programmatic interface (conformance/kit.mjs).

/** One account of accounts.json: how the kit signs in as a profile. */
export interface Account {
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
}

export interface Accounts {
  accounts: Partial<Record<(typeof PROFILES)[number], Account>>;
  data?: {
    uaiA?: string;
    uaiB?: string;
    tiles?: { news?: string; banner?: string };
    assignable?: { subscriptionId: string; public: string };
    audience4e?: { profiles: string[]; levels: string[]; divisions: string[] };
  };
}

export interface Exchange {
  request: string;
  response: string;
  ms?: number;
}

export interface CaseResult {
  id: string;
  title: string;
  tags: string[];
  verdict: 'passed' | 'failed' | 'skipped';
  message?: string;
  /** The rule of the contract a failure breaks. */
  rule?: string;
  evidence: Exchange[];
  cleanup?: string;
  ms: number;
}

export declare const PROFILES: readonly ['eleve4e', 'eleve3e', 'enseignant', 'documentaliste', 'responsableA', 'responsableB', 'admin', 'anonymous'];

export declare function newKey(prefix?: string): string;

export declare function runConformance(options: {
  baseUrl: string;
  accounts: Accounts;
  /** Tags or case ids. */
  only?: string[];
  timeoutMs?: number;
  onResult?: (result: CaseResult) => void;
}): Promise<{ results: CaseResult[]; durationMs: number }>;
