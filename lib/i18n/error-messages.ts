// The error page is a client component that ships with every page, so it
// takes its few words from here rather than from the whole catalogues
// (lib/i18n/messages.ts, lib/i18n/en.ts), which stay on the server.
export const errorMessages = {
  vi: {
    generic: "Đã có lỗi xảy ra. Vui lòng thử lại sau.",
    retry: "Thử lại",
  },
  en: {
    generic: "Something went wrong. Please try again later.",
    retry: "Try again",
  },
};
