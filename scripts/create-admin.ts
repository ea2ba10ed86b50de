// `npm run create-admin -- --email a@b.vn --name "Họ tên"`: the first admin of
// a production database. The password comes from ADMIN_PASSWORD or a prompt.
import readline from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDbClient, scriptDatabaseUrl } from "@/lib/server/db-client";
import { createUser } from "@/features/admin/users";

async function promptHidden(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  output._writeToOutput = (s: string) => {
    if (s.includes(question)) process.stdout.write(s);
  };
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  if (!values.email || !values.name) {
    console.error('Usage: npm run create-admin -- --email <email> --name "<full name>"  (password from ADMIN_PASSWORD or a prompt)');
    process.exit(2);
  }
  const password = process.env.ADMIN_PASSWORD ?? (process.stdin.isTTY ? await promptHidden("Mật khẩu (ít nhất 10 ký tự): ") : "");
  const db = createDbClient(scriptDatabaseUrl());
  try {
    const user = await createUser(db, { email: values.email, name: values.name, role: "ADMIN", provinceId: null, password });
    console.log(`Created admin ${user.email} (id ${user.id}).`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  if (error instanceof z.ZodError) console.error(error.issues.map((i) => i.message).join("\n"));
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
