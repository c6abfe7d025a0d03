export { checkConfig, type PathNamer, type ResolvedConfig } from './check-config';
export {
  type ConfigInput,
  createMailgateFromConfig,
  type EnvInput,
} from './create-mailgate-from-config';
export {
  createTransportFromUrl,
  type TransportFromUrl,
} from './create-transport-from-url';
export { configFromEnv, type Env, type RuntimeOptions } from './env';
export { loadConfigFile } from './load-config-file';
export type { ConfigProblem, ConfigProblemCode } from './problems';
export {
  defineConfig,
  type GmailConfig,
  type GraphConfig,
  type MailgateFileConfig,
  mailgateConfigSchema,
  type SesConfig,
  type SmtpConfig,
  type StoresConfig,
  type TransportConfig,
  type TransportEntry,
} from './schema';
export { parseStoreUrl, type StoreTarget } from './store-url';
export {
  formatTransportUrl,
  parseTransportUrl,
  type TransportType,
  type TransportUrlParts,
} from './transport-url';
