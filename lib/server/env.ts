import { z } from "zod";
import { parseTrustedProxies } from "@/lib/security/client-address";

const proxyEntry = z.union([z.ipv4(), z.ipv6(), z.cidrv4()]);
const isProxyEntry = (entry: string) => proxyEntry.safeParse(entry.replace(/^\[(.*)\]$/, "$1")).success;

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/i, "must be a SQLite file URL such as file:./data/dti.db, or a PostgreSQL URL such as postgresql://user:password@host:5432/dti")
    .default("file:./data/dti.db"),
  /** PostgreSQL connections per app process. */
  DATABASE_POOL_SIZE: z.coerce
    .number("must be a whole number of connections, e.g. 10")
    .int("must be a whole number of connections, e.g. 10")
    .min(1, "must be at least 1")
    .default(10),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters (npm start writes one to data/auth-secret)"),
  APP_URL: z.url("must be the address people open the app at, e.g. https://dti.example.gov.vn").default("http://localhost:3000"),
  /** Reverse proxies whose X-Forwarded-For / X-Real-IP are believed: addresses or IPv4 ranges, comma-separated. */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value) => parseTrustedProxies(value))
    // An entry the address check cannot read would never match, leaving the proxy silently untrusted.
    .refine((entries) => entries.every(isProxyEntry), "must be IP addresses or IPv4 ranges such as 10.0.0.0/8, comma-separated"),
  /** The licence the publisher applies to the open data (the data page, the API and its OpenAPI document say it). */
  OPEN_DATA_LICENCE: z.string().trim().min(1).max(200).default("Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)"),
  OPEN_DATA_LICENCE_URL: z.url("must be the address of the licence text").default("https://creativecommons.org/licenses/by/4.0/deed.vi"),
  /** The same licence as the English pages name it. */
  OPEN_DATA_LICENCE_EN: z.string().trim().min(1).max(200).default("Creative Commons Attribution 4.0 International (CC BY 4.0)"),
  OPEN_DATA_LICENCE_URL_EN: z.url("must be the address of the licence text").default("https://creativecommons.org/licenses/by/4.0/"),
  /** The mail server, e.g. smtps://user:password@smtp.example.gov.vn:465; empty: nobody is e-mailed. */
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^(?:smtps?:\/\/\S+)?$/i, "must be an SMTP URL such as smtps://user:password@smtp.example.gov.vn:465")
    .default(""),
  /** The sender of every mail, e.g. "Theo dõi chuyển đổi số <khongtraloi@example.gov.vn>". */
  MAIL_FROM: z
    .string()
    .trim()
    .regex(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)?$/, "must be an address such as khongtraloi@example.gov.vn or Name <khongtraloi@example.gov.vn>")
    .default(""),
  /** Share of the previous quarter's value beyond which a new figure gets a warning. */
  CHANGE_WARNING_THRESHOLD: z.coerce.number().positive().default(0.5),
});

/** The app's settings from `source`, or an error naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  if (Boolean(parsed.data.SMTP_URL) !== Boolean(parsed.data.MAIL_FROM)) {
    throw new Error(`Invalid environment:\n  ${parsed.data.SMTP_URL ? "MAIL_FROM" : "SMTP_URL"}: set SMTP_URL and MAIL_FROM both to send e-mail, or neither`);
  }
  return parsed.data;
}

/** Validated once, at start-up: a bad variable fails fast and says which. */
export const env = parseEnv(process.env);
