'use server';

import { redirect } from 'next/navigation';

import { describeFailure, errorKind } from '@/lib/error-messages';
import { loginNoticeUrl } from '@/lib/return-to';
import { getBackend } from '@/lib/store/server';
import { clearSession, readSession } from '@/lib/session';

/** Ends the session at the backend, so a copied cookie dies with it, then forgets it here. */
export async function signOut(): Promise<void> {
  const session = await readSession();
  if (session) {
    try {
      await getBackend().logOut(session.token);
    } catch (error) {
      // An already-dead session is what we wanted; anything else is logged, and the cookie
      // is still removed so the browser is signed out.
      if (errorKind(error) !== 'unauthorized') describeFailure('logOut', error);
    }
  }
  await clearSession();
  redirect(loginNoticeUrl('signed-out'));
}
