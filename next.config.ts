import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The app's server compresses every text answer (scripts/lib/compression.mjs, brotli or gzip); Next's
  // own, which runs behind a custom server too, would gzip its pages first and leave the rest as they are.
  compress: false,
  serverExternalPackages: ["@libsql/client", "libsql", "@prisma/adapter-libsql", "exceljs", "@resvg/resvg-js"],
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
