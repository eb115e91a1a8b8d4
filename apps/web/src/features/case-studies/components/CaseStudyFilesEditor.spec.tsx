import { screen, waitFor } from '@testing-library/react';
import { ApiRoutes, type CaseStudyDetail, type CaseStudyFiles, FileErrorCode } from '@twinning/contracts';
import { buildApiErrorBody, buildDraftCaseStudy, buildNotificationList, buildSessionInfo } from '../../../test/factories';
import { stubFetch, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const PHOTO_ID = '5a0f3c1e-7b2d-4c8e-9f10-2a3b4c5d6e7f';

/** The edit page of a draft whose file uploads answer `onUpload`; every other write fails, so nothing is saved. */
function serveDraftWithUploads(onUpload: () => StubResponse) {
  const session = buildSessionInfo();
  const draft: CaseStudyDetail = buildDraftCaseStudy({ municipality: session.account.municipality });
  const fetchMock = stubFetch((url, request) => {
    if (request.method === 'POST' && url.pathname === ApiRoutes.caseStudyFiles(draft.id)) return onUpload();
    if (request.method !== 'GET') return { status: 500 };
    if (url.pathname === ApiRoutes.caseStudy(draft.id)) return { body: draft };
    if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
    return { status: 404, body: buildApiErrorBody({ code: 'not_found', message: 'Not here.' }) };
  });
  return { session, draft, fetchMock };
}

/** The multipart bodies sent to the upload route. */
function uploads(fetchMock: jest.Mock): FormData[] {
  return fetchMock.mock.calls.map(([, init]) => (init as RequestInit | undefined)?.body).filter((body): body is FormData => body instanceof FormData);
}

const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;

describe('CaseStudyFilesEditor', () => {
  it('uploads a photo with its alt text and shows it, keeping the text typed in the form', async () => {
    const uploaded: CaseStudyFiles = { cover: { id: PHOTO_ID, altText: 'Bins' }, photos: [{ id: PHOTO_ID, altText: 'Bins', caption: '', width: 1600, height: 1200 }], documents: [] };
    const { session, draft, fetchMock } = serveDraftWithUploads(() => ({ status: 201, body: uploaded }));
    const { user } = renderApp(`/case-studies/${draft.id}/edit`, { session });

    const title = await screen.findByRole('textbox', { name: /^Title/ });
    const typed = `${(title as HTMLInputElement).value} 2`;
    await user.type(title, ' 2');
    await user.upload(fileInput(), new File([new Uint8Array([0xff, 0xd8, 0xff])], 'market.jpg', { type: 'image/jpeg' }));
    await user.type(screen.getByRole('textbox', { name: /^Alt text/ }), 'Bins');
    await user.click(screen.getByRole('checkbox', { name: 'Use as the cover picture' }));
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    expect(await screen.findByText('market.jpg was uploaded.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Bins' })).toHaveAttribute('src', ApiRoutes.fileContent(PHOTO_ID, 'small'));
    expect(screen.getByText('Cover picture')).toBeInTheDocument();
    const [form] = uploads(fetchMock);
    expect(form.get('altText')).toBe('Bins');
    expect(form.get('cover')).toBe('true');
    expect((form.get('file') as File).name).toBe('market.jpg');
    // The upload touched only the files: the unsaved title is still there.
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue(typed);
  }, 120_000);

  it('asks for alt text before a photo is sent', async () => {
    const { session, draft, fetchMock } = serveDraftWithUploads(() => ({ status: 500 }));
    const { user } = renderApp(`/case-studies/${draft.id}/edit`, { session });

    await screen.findByRole('heading', { name: 'Pictures and documents' });
    await user.upload(fileInput(), new File(['png'], 'square.png', { type: 'image/png' }));
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    expect(await screen.findByText('Say what the picture shows (alt text): it is required for a photo.')).toBeInTheDocument();
    expect(uploads(fetchMock)).toEqual([]);
  });

  it('says in words why the portal refused a file', async () => {
    const { session, draft } = serveDraftWithUploads(() => ({ status: 415, body: buildApiErrorBody({ code: FileErrorCode.UnsupportedType, message: 'Not accepted.' }) }));
    const { user } = renderApp(`/case-studies/${draft.id}/edit`, { session });

    await screen.findByRole('heading', { name: 'Pictures and documents' });
    await user.upload(fileInput(), new File(['<html>'], 'minutes.pdf', { type: 'application/pdf' }));
    await user.type(screen.getByRole('textbox', { name: /^Document title/ }), 'Minutes');
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/neither a photo .* nor a document/));
  });
});
