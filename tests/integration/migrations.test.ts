// The migrations keep up with the schema, both providers carry the same
// migrations, and the migrated database enforces the append-only audit trail.
import fs from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { db } from "@/lib/server/db";
import { PROVIDERS, repoRoot, runPrismaCli } from "./helpers";

const migrationsDir = (provider: string) => path.join(repoRoot, "prisma", provider, "migrations");

function migrationFolders(provider: string): string[] {
  return fs
    .readdirSync(migrationsDir(provider), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe("schema snapshot", () => {
  it.each(PROVIDERS)("%s: the schema has no change without a migration", (provider) => {
    const { status, output } = runPrismaCli([
      "migrate",
      "diff",
      "--from-schema-datamodel",
      `prisma/${provider}/schema.snapshot.prisma`,
      "--to-schema-datamodel",
      `prisma/${provider}/schema`,
      "--exit-code",
    ]);
    if (status === 2) {
      expect.fail(
        `prisma/${provider}/schema changed since the last migration. ` +
          "Run `npm run db:new-migration -- <name>` to write the migration for every provider.\n" +
          output,
      );
    }
    expect(status, `prisma migrate diff failed for ${provider}:\n${output}`).toBe(0);
  }, 60_000);
});

describe("migration folders", () => {
  it.each(PROVIDERS)("%s: every migration has a non-empty migration.sql", (provider) => {
    const folders = migrationFolders(provider);
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) {
      const file = path.join(migrationsDir(provider), folder, "migration.sql");
      expect(fs.existsSync(file), `${provider}/${folder} has no migration.sql`).toBe(true);
      expect(fs.readFileSync(file, "utf8").trim(), `${provider}/${folder}/migration.sql is empty`).not.toBe("");
    }
  });

  it("both providers have the same migrations, in the same folders", () => {
    const [sqlite, postgresql] = PROVIDERS.map(migrationFolders);
    expect(sqlite).toHaveLength(postgresql!.length);
    expect(sqlite).toEqual(postgresql);
  });

  it.each(PROVIDERS)("%s: the migration lock names the provider", (provider) => {
    const lock = fs.readFileSync(path.join(migrationsDir(provider), "migration_lock.toml"), "utf8");
    expect(lock).toMatch(new RegExp(`provider\\s*=\\s*"${provider}"`));
  });
});

describe("audit trail in the migrated SQLite database", () => {
  it("refuses to update or delete an audit event", async () => {
    // This event stays in the shared database: the triggers forbid removing it.
    const event = await db.auditEvent.create({
      data: { action: "test.append-only", oldValue: "before", reason: "integration test of the append-only triggers" },
    });

    await expect(db.auditEvent.update({ where: { id: event.id }, data: { oldValue: "after" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({ where: { id: event.id } })).rejects.toThrow(/append-only/);

    const stored = await db.auditEvent.findUnique({ where: { id: event.id } });
    expect(stored).not.toBeNull();
    expect(stored!.oldValue).toBe("before");
    expect(stored!.action).toBe("test.append-only");
  });
});
