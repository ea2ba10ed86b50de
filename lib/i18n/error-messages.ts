// The error page is a client component that ships with every page, so it
// takes its few words from here rather than from the whole dictionary
// (lib/i18n/messages.ts), which stays on the server.
export const errorMessages = {
  vi: {
    generic: "Đã có lỗi xảy ra. Vui lòng thử lại sau.",
    retry: "Thử lại",
  },
};
