// Test-server middleware: serves the strict-CSP host page with the header an ENT vendor would
// send (see the README's vendor guide), so that the browser enforces it and reports violations.
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

export async function strictCspPage(context, next) {
  await next();
  if (context.path === '/test/embedding/csp-page.html') context.set('Content-Security-Policy', STRICT_CSP);
}
