import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .startsWith("file:", "must be a SQLite file URL such as file:./data/dti.db")
    .default("file:./data/dti.db"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

function readEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** Validated once, at start-up: a bad variable fails fast and says which. */
export const env = readEnv();
