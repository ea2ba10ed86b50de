// The framework's own floor, for Lighthouse: a bare Next app of the same
// versions (the project's node_modules) whose one page is the overview's
// markup and stylesheet as a server component, with no client code of its
// own. What the app scores below it is the app's to win back; what the bare
// app loses is the framework's runtime.
import fs from "node:fs";
import path from "node:path";
import { root } from "../lib/run.mjs";
import { get } from "./http.mjs";
import { runChild, startChild, waitForPort } from "./tools.mjs";

const NEXT = path.join(root, "node_modules", ".bin", "next");

/** The overview as the app serves it, without its scripts: language, body classes, markup and stylesheets. */
async function overviewMarkup(appUrl) {
  const html = (await get(new URL("/", appUrl))).body.toString("utf8");
  const body = /<body([^>]*)>([\s\S]*)<\/body>/i.exec(html);
  if (!body) throw new Error("the overview has no <body>");
  const stylesheets = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (/\brel="stylesheet"/.test(tag) && href) stylesheets.push((await get(new URL(href.replace(/&amp;/g, "&"), appUrl))).body.toString("utf8"));
  }
  return {
    lang: /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? "vi",
    bodyClass: /\bclass="([^"]*)"/.exec(body[1])?.[1] ?? "",
    markup: body[2].replace(/<script\b[\s\S]*?<\/script>/gi, ""),
    css: stylesheets.join("\n"),
  };
}

/**
 * Builds the bare app in `workDir` (outside the project, so that nothing of
 * the app's — its instrumentation, its config — is taken for the bare
 * app's; the project's node_modules are linked in) and serves it on `port`;
 * resolves with the child.
 */
export async function startBareApp(appUrl, { port, log, workDir }) {
  const dir = path.join(workDir, "bare-app");
  fs.mkdirSync(path.join(dir, "app"), { recursive: true });
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  const { css, ...page } = await overviewMarkup(appUrl);
  const files = {
    "package.json": JSON.stringify({ private: true, name: "bare-next-reference" }),
    // The linked node_modules lie outside the bare app's folder: let the bundler follow them.
    "next.config.mjs": 'export default { poweredByHeader: false, turbopack: { root: "/" } };\n',
    "app/overview.css": css,
    "app/page.json": JSON.stringify(page),
    "app/layout.jsx":
      'import "./overview.css";\nimport page from "./page.json";\n\n' +
      'export const metadata = { title: "Bare Next reference" };\n\n' +
      "export default function Layout({ children }) {\n  return (\n    <html lang={page.lang}>\n      <body className={page.bodyClass}>{children}</body>\n    </html>\n  );\n}\n",
    "app/page.jsx": 'import page from "./page.json";\n\nexport default function Page() {\n  return <div dangerouslySetInnerHTML={{ __html: page.markup }} />;\n}\n',
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  const exit = await runChild(NEXT, ["build"], { cwd: dir, env });
  if (exit !== 0) throw new Error(`building the bare Next app exited ${exit}`);
  const server = startChild(NEXT, ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: dir, env, log });
  await waitForPort(port, server, 60);
  return server;
}
