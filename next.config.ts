import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@libsql/client", "libsql", "@prisma/adapter-libsql", "exceljs", "@resvg/resvg-js"],
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
