// Reading what the API answered: the Japanese message of an error (also when the answer was asked for as a file)
// and the file name in Content-Disposition.

interface ErrorAnswer {
  response?: { status?: number; data?: unknown };
  message?: string;
}

const FALLBACK = '処理できませんでした。通信状況を確認して、もう一度お試しください。';

function messageIn(data: unknown): string | null {
  const errors = (data as { errors?: { message?: unknown }[] } | null | undefined)?.errors;
  const message = Array.isArray(errors) ? errors[0]?.message : undefined;
  return typeof message === 'string' && message !== '' ? message : null;
}

/** The message Directus or Yuchi put in an error answer, or a Japanese one for its status. */
export function apiErrorMessage(error: unknown, bodyText: string | null = null): string {
  const response = (error as ErrorAnswer | null)?.response;
  let message = messageIn(response?.data);
  if (message === null && bodyText !== null) {
    try {
      message = messageIn(JSON.parse(bodyText));
    } catch {
      message = null;
    }
  }
  if (message !== null) return message;
  if (response?.status === 403) return 'この操作を行う権限がありません。';
  return FALLBACK;
}

/** The name in `attachment; filename*=UTF-8''…` or `filename="…"`, else the fallback. */
export function fileNameFrom(contentDisposition: unknown, fallback: string): string {
  const header = typeof contentDisposition === 'string' ? contentDisposition : '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // a malformed encoding falls through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? /filename=([^;]+)/i.exec(header)?.[1]?.trim() ?? fallback;
}
