'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';

import { Button } from '@/components/ui/button';
import { OutcomeNotice } from '@/components/ui/outcome-notice';
import { translateMessage } from '@/lib/i18n/message';
import {
  PHOTO_COPY,
  PHOTO_FIELD,
  PHOTO_PATH,
  PHOTO_TYPES,
  checkChosenFile,
  isPhotoOutcome,
  isSuccess,
  type PhotoOutcome,
} from '@/lib/profile-photo-rules';

/** `message`: the route's words for it, already in the shopper's language; else the fixed copy. */
type Sent = { outcome: PhotoOutcome; message?: string; serial: number };
type Answer = { outcome?: unknown; message?: unknown; redirect?: unknown };

/** Sends a form to the photo route, reporting upload progress; resolves with its JSON answer. */
function send(body: FormData, onProgress: (percent: number) => void) {
  return new Promise<Answer>((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', PHOTO_PATH);
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      try {
        resolve(JSON.parse(request.responseText) as Answer);
      } catch {
        resolve({ outcome: 'unavailable' });
      }
    };
    request.onerror = () => resolve({ outcome: 'unavailable' });
    request.send(body);
  });
}

/**
 * The profile photo: the current one (or the initials), a file field, and Upload / Remove.
 * Without JavaScript both are plain forms posting to PHOTO_PATH, which redirects back with
 * the outcome (`initialOutcome`). With it, a chosen file is checked and previewed at once,
 * before anything is sent, and the upload shows its progress.
 *
 * `avatar` is the current photo as the page rendered it (`ProfileAvatar`): drawn on the server,
 * it keeps next/image's code out of the browser; a saved photo comes back with the refresh.
 */
export function ProfilePhotoForm({
  photoUrl,
  avatar,
  initialOutcome,
}: {
  photoUrl: string | null;
  avatar: ReactNode;
  initialOutcome?: PhotoOutcome;
}) {
  const router = useRouter();
  const t = useTranslations('profilePhotoForm');
  const all = useTranslations();
  /** The fixed copy for an outcome (PHOTO_COPY holds catalogue keys). */
  const copyOf = (outcome: PhotoOutcome) => translateMessage(all, PHOTO_COPY[outcome]);
  const inputId = 'profile-photo-file';
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<PhotoOutcome | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState<'upload' | 'remove' | null>(null);
  const [sent, setSent] = useState<Sent | null>(
    initialOutcome ? { outcome: initialOutcome, serial: 0 } : null,
  );

  function choose() {
    const file = input.current?.files?.[0];
    setSent(null);
    if (!file) {
      setPreview(null);
      setProblem(null);
      return;
    }
    const found = checkChosenFile(file);
    setProblem(found);
    setPreview(null);
    if (found) return;
    // A data: URL, which the Content-Security-Policy allows for images (blob: would also need
    // connect-src). Read locally; nothing is sent.
    const reader = new FileReader();
    reader.onload = () => {
      if (input.current?.files?.[0] === file && typeof reader.result === 'string') {
        setPreview(reader.result);
      }
    };
    reader.readAsDataURL(file);
  }

  async function submit(event: FormEvent<HTMLFormElement>, intent: 'upload' | 'remove') {
    event.preventDefault();
    if (busy) return;
    const body = new FormData(event.currentTarget);
    if (intent === 'upload') {
      const file = input.current?.files?.[0];
      const found = file ? checkChosenFile(file) : 'missing';
      if (found) {
        setProblem(found);
        input.current?.focus();
        return;
      }
    }
    setBusy(intent);
    setProgress(intent === 'upload' ? 0 : null);
    const result = await send(body, setProgress);
    if (typeof result.redirect === 'string') {
      window.location.assign(result.redirect);
      return;
    }
    const outcome = isPhotoOutcome(result.outcome) ? result.outcome : 'unavailable';
    setBusy(null);
    setProgress(null);
    // The storefront's own words for the outcome, in the shopper's language (the abuse limit
    // adds when to try again).
    const message = typeof result.message === 'string' ? result.message : undefined;
    setSent({ outcome, message, serial: (sent?.serial ?? 0) + 1 });
    if (isSuccess(outcome)) {
      if (input.current) input.current.value = '';
      setPreview(null);
      setProblem(null);
      router.refresh();
    }
  }

  const error = problem ? copyOf(problem) : undefined;

  return (
    <div className="flex flex-col gap-4">
      {sent ? (
        <OutcomeNotice key={sent.serial} tone={isSuccess(sent.outcome) ? 'success' : 'error'}>
          {sent.message ?? copyOf(sent.outcome)}
        </OutcomeNotice>
      ) : null}
      <div className="flex flex-wrap items-start gap-6">
        <figure className="flex flex-col items-center gap-1">
          {preview ? (
            // eslint-disable-next-line @next/next/no-img-element -- a local preview (data: URL), never sent anywhere
            <img
              src={preview}
              // Not an image after all (the server will say so on upload): no broken preview.
              onError={() => setPreview(null)}
              alt={t('previewAlt')}
              className="size-24 rounded-full border border-gray-200 object-cover"
            />
          ) : (
            avatar
          )}
          <figcaption className="text-xs text-gray-600">
            {preview ? t('previewCaption') : photoUrl ? t('currentCaption') : t('noPhotoCaption')}
          </figcaption>
        </figure>

        <div className="flex flex-col gap-3">
          <form
            method="post"
            action={PHOTO_PATH}
            encType="multipart/form-data"
            onSubmit={(event) => void submit(event, 'upload')}
            className="flex flex-col gap-2"
            noValidate
          >
            <label htmlFor={inputId} className="text-sm font-medium text-gray-900">
              {photoUrl ? t('replaceLabel') : t('chooseLabel')}
            </label>
            <input
              ref={input}
              id={inputId}
              name={PHOTO_FIELD}
              type="file"
              accept={PHOTO_TYPES.join(',')}
              onChange={choose}
              aria-invalid={error ? true : undefined}
              aria-describedby={[hintId, error ? `${inputId}-error` : null]
                .filter(Boolean)
                .join(' ')}
              className="text-sm text-gray-900 file:mr-3 file:rounded-md file:border file:border-gray-300 file:bg-white file:px-3 file:py-1 file:text-sm"
            />
            <p id={hintId} className="text-xs text-gray-600">
              {t('hint')}
            </p>
            {error ? (
              <p id={`${inputId}-error`} role="alert" className="text-sm text-red-700">
                {error}
              </p>
            ) : null}
            {progress !== null ? (
              <div className="flex items-center gap-2 text-sm text-gray-800">
                <progress
                  value={progress}
                  max={100}
                  aria-label={t('progressLabel')}
                  className="h-2 w-40 accent-gray-900"
                />
                <span aria-live="polite">{t('progress', { percent: progress })}</span>
              </div>
            ) : null}
            <div>
              <Button type="submit" pending={busy === 'upload'} pendingLabel={t('uploading')}>
                {t('upload')}
              </Button>
            </div>
          </form>

          {photoUrl ? (
            <form
              method="post"
              action={PHOTO_PATH}
              encType="multipart/form-data"
              onSubmit={(event) => void submit(event, 'remove')}
            >
              <input type="hidden" name="intent" value="remove" />
              <Button
                type="submit"
                variant="secondary"
                pending={busy === 'remove'}
                pendingLabel={t('removing')}
              >
                {t('remove')}
              </Button>
            </form>
          ) : null}
        </div>
      </div>
    </div>
  );
}
