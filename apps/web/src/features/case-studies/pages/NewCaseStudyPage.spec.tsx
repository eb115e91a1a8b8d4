import { screen } from '@testing-library/react';
import { ApiRoutes, type CreateCaseStudyRequest } from '@twinning/contracts';
import { buildDraftCaseStudy, buildNotificationList, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

describe('NewCaseStudyPage', () => {
  it('starts the draft with its title and the person writing it as the contact', async () => {
    const session = buildSessionInfo();
    const created = buildDraftCaseStudy({ municipality: session.account.municipality });
    const fetchMock = stubFetch((url, request) => {
      if (request.method === 'POST' && url.pathname === ApiRoutes.caseStudies) return { status: 201, body: created };
      if (url.pathname === ApiRoutes.caseStudy(created.id)) return { body: created };
      if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
      return { status: 404, body: { code: 'not_found', message: 'Not here.' } };
    });
    const { user, currentLocation } = renderApp('/case-studies/new', { session });

    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Brown bins');
    await user.click(screen.getByRole('button', { name: 'Start writing' }));

    await screen.findByRole('heading', { level: 1, name: 'Edit case study' });
    expect(currentLocation().pathname).toBe(`/case-studies/${created.id}/edit`);
    const [create] = recordedWrites(fetchMock);
    expect(create.body as CreateCaseStudyRequest).toEqual({
      content: { title: 'Brown bins', contactName: 'Ayşe Yılmaz', contactEmail: 'ayse.yilmaz@kadikoy.bel.tr' },
    });
  });
});
