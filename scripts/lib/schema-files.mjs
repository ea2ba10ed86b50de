// Where each provider's schema, migrations and snapshot live.
import fs from "node:fs";
import path from "node:path";

export const PROVIDERS = ["sqlite", "postgresql"];

export const schemaDir = (provider) => path.join("prisma", provider, "schema");
export const migrationsDir = (provider) => path.join("prisma", provider, "migrations");
export const snapshotPath = (provider) => path.join("prisma", provider, "schema.snapshot.prisma");

/** The provider's whole schema as one text: its datasource block, then the models. */
export function readSchema(provider) {
  const dir = schemaDir(provider);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".prisma"))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
    .join("\n");
}
