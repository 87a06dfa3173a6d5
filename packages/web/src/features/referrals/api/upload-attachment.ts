import { attachmentMediaTypes, attachmentSchema, type Attachment } from '@tansiq/domain';
import { ApiError } from '../../../lib/api-error';
import { referralPath } from './use-referral';

/** The server's limit on one attachment. */
export const maxAttachmentBytes = 5 * 1024 * 1024;

const isAttachmentType = (type: string): boolean => (attachmentMediaTypes as readonly string[]).includes(type);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Uploads one file to a referral as its raw bytes, reporting progress (0–1). XMLHttpRequest, not fetch: only it reports
 * upload progress. The server reads the real type from the content and answers 413 or 415 for what it refuses.
 */
export function uploadAttachment(
  referralId: string,
  file: File,
  csrfToken: string,
  onProgress: (fraction: number) => void,
): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const url = `${referralPath(referralId)}/attachments?${new URLSearchParams({ fileName: file.name }).toString()}`;
    request.open('POST', url);
    request.setRequestHeader('content-type', isAttachmentType(file.type) ? file.type : 'application/octet-stream');
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(event.loaded / event.total);
      }
    };
    request.onerror = () => reject(new ApiError(0, 'network', 'The server cannot be reached'));
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status < 200 || request.status >= 300) {
        reject(ApiError.fromResponse(request.status, body));
        return;
      }
      const parsed = attachmentSchema.safeParse(body);
      if (parsed.success) {
        onProgress(1);
        resolve(parsed.data);
      } else {
        reject(new ApiError(request.status, 'invalid_response', 'Unexpected answer from the upload'));
      }
    };
    request.send(file);
  });
}
