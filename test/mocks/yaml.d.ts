// The test runner turns YAML files into modules (web-test-runner.config.mjs, yamlPlugin).
declare module '*.yaml' {
  const content: unknown;
  export default content;
}
