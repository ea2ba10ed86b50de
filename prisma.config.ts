import path from "node:path";
import { defineConfig } from "prisma/config";

// Keep the CLI offline: no update checks, no engine downloads.
process.env.CHECKPOINT_DISABLE = "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE = "1";

const url = process.env.DATABASE_URL ?? "file:./data/dti.db";
// The provider follows the URL, unless DATABASE_PROVIDER says otherwise (the migration diff uses it).
const provider = process.env.DATABASE_PROVIDER === "postgresql" || (!process.env.DATABASE_PROVIDER && /^postgres(ql)?:\/\//i.test(url)) ? "postgresql" : "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider, "schema"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    if (provider === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      // The CLI reads catalog columns of type name (oid 19) and "char" (18), which
      // the adapter cannot deserialize (prisma/orm#27403): in this process only,
      // they are reported as text (25). The app's own client needs no such fix.
      // @ts-expect-error: pg's internal result class has no type declarations.
      const { default: Result } = await import("pg/lib/result.js");
      const addFields = Result.prototype.addFields;
      Result.prototype.addFields = function (fields: { dataTypeID: number }[]) {
        for (const field of fields) if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
        return addFields.call(this, fields);
      };
      // Without allowExitOnIdle every CLI command lingers about ten seconds.
      const factory = new PrismaPg({ connectionString: url, allowExitOnIdle: true });
      // The adapter runs a migration by splitting it at every ";", which breaks a
      // function body ($$ … ; … $$). PostgreSQL runs the whole script as one
      // simple query, in order, as psql would.
      const connect = factory.connect.bind(factory);
      factory.connect = async () => {
        const adapter = await connect();
        adapter.executeScript = async (script: string) => {
          await (adapter.underlyingDriver() as { query: (sql: string) => Promise<unknown> }).query(script);
        };
        return adapter;
      };
      return factory;
    }
    const { sqliteAdapter } = await import("./lib/server/sqlite-adapter");
    return sqliteAdapter(url);
  },
});
