// First script of the strict-CSP page: records every violation from then on.
export const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
});
(window as unknown as { cspViolations: string[] }).cspViolations = violations;
