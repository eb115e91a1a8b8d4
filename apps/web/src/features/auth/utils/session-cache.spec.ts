import { QueryClient } from '@tanstack/react-query';
import { type SessionInfo } from '@twinning/contracts';
import { buildSessionInfo } from '../../../test/factories';
import { SESSION_QUERY_KEY, storeSession } from './session-cache';

describe('storeSession', () => {
  it('keeps what it stores over a GET /me that was still on its way (signing out right after a page asked who is signed in)', async () => {
    const queryClient = new QueryClient();
    const signedIn = buildSessionInfo();
    queryClient.setQueryData(SESSION_QUERY_KEY, signedIn);
    let answer: (session: SessionInfo) => void = () => undefined;
    const stillOnItsWay = queryClient
      .fetchQuery({ queryKey: SESSION_QUERY_KEY, queryFn: () => new Promise<SessionInfo>((resolve) => (answer = resolve)) })
      .catch(() => undefined);

    storeSession(queryClient, null);
    answer(signedIn);
    await stillOnItsWay;

    expect(queryClient.getQueryData(SESSION_QUERY_KEY)).toBeNull();
  });
});
