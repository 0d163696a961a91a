import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  ZHENFU_DATA_DIR: z.string().default('./data'),
  ZHENFU_ADMIN_PASSWORD: z.string().min(12).optional(),
  // Keys the hashes of personal data in the audit log and history; else a file in the data directory.
  ZHENFU_SECRET: z.string().min(32).optional(),
  SESSION_TTL_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 60),
  // The public forms' human check (an arithmetic question); `off` for tests and monitoring only.
  ZHENFU_HUMAN_CHECK: z.enum(['on', 'off']).default('on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminPassword: string | undefined;
  /** ZHENFU_SECRET; when unset, src/modules/privacy/secret.ts keeps one in the data directory. */
  secret: string | undefined;
  sessionTtlMinutes: number;
  /** ZHENFU_HUMAN_CHECK (default on): public forms ask a question a script must solve. */
  humanCheck: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Cookies get the Secure flag in production (served behind TLS). */
  secureCookies: boolean;
}

/** Reads the configuration from the environment; a bad value stops the process with the variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`配置错误 / invalid configuration: ${detail}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.ZHENFU_DATA_DIR,
    adminPassword: e.ZHENFU_ADMIN_PASSWORD,
    secret: e.ZHENFU_SECRET,
    sessionTtlMinutes: e.SESSION_TTL_MINUTES,
    humanCheck: e.ZHENFU_HUMAN_CHECK === 'on',
    logLevel: e.LOG_LEVEL,
    secureCookies: e.NODE_ENV === 'production',
  };
}
