import path from "node:path";
import { defineConfig } from "prisma/config";

// Keep the CLI offline: no update checks, no engine downloads.
process.env.CHECKPOINT_DISABLE = "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE = "1";

const provider = process.env.DATABASE_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
const url = process.env.DATABASE_URL ?? "file:./data/dti.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider, "schema"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    if (provider === "postgresql") {
      throw new Error("PostgreSQL is not wired up yet: set DATABASE_PROVIDER=sqlite or leave it unset.");
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url });
  },
});
