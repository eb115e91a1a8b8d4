import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiRoutes } from '@twinning/contracts';
import { buildApiErrorBody, buildFundingCall, buildFundingProgramme, buildSearchHit, buildSearchResponse, buildSessionInfo } from '../../../test/factories';
import { requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const programme = buildFundingProgramme();

function serveFunding() {
  return stubFetch((url) => {
    if (url.pathname === ApiRoutes.fundingProgrammes) return { body: [programme] };
    if (url.pathname === ApiRoutes.fundingProgramme(programme.id)) return { body: programme };
    if (url.pathname === ApiRoutes.fundingCalls)
      return {
        body: [
          buildFundingCall({ id: 'c1', title: 'March call', closesOn: '2027-03-15' }),
          buildFundingCall({ id: 'c2', title: 'Next round', closesOn: '2027-04-02', status: 'forthcoming' }),
          buildFundingCall({ id: 'c3', title: 'Past round', closesOn: '2026-01-02', status: 'closed' }),
        ],
      };
    return { status: 404, body: buildApiErrorBody({ code: 'not_found' }) };
  });
}

describe('funding pages', () => {
  it('lists the programmes and narrows them by theme through the address', async () => {
    const fetchMock = serveFunding();
    renderApp('/funding');
    expect(await screen.findByRole('link', { name: 'CERV – Town-Twinning' })).toHaveAttribute('href', `/funding/programmes/${programme.id}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Funding programmes' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: 'Theme' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Youth' }));
    await screen.findByRole('link', { name: 'CERV – Town-Twinning' });
    expect(requestedUrls(fetchMock).some((url) => url.pathname === ApiRoutes.fundingProgrammes && url.searchParams.get('theme') === 'youth')).toBe(true);
  });

  it('shows a programme in the reader’s language, with what is known and "see the call" where nothing is', async () => {
    serveFunding();
    renderApp(`/funding/programmes/${programme.id}`, { language: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'CERV – Town-Twinning' })).toBeInTheDocument();
    expect(screen.getByText('Begegnungen von Bürgern aus Partnerstädten.')).toBeInTheDocument();
    expect(screen.getByText('bis zu 80 %')).toBeInTheDocument();
    expect(screen.getByText(/bis zu 5\.000\.000 EUR/)).toBeInTheDocument();
    const calls = screen.getByRole('region', { name: 'Ausschreibungen' });
    expect(within(calls).getByRole('link', { name: 'Town-Twinning – citizens’ meetings' })).toHaveAttribute('href', 'https://example.org/call');
    expect(within(calls).getByText('Offen')).toBeInTheDocument();
  });

  it('lists the published practices a programme funded, found by the search’s programme filter, an anonymous one without its town', async () => {
    const fetchMock = stubFetch((url) => {
      if (url.pathname === ApiRoutes.fundingProgramme(programme.id)) return { body: programme };
      if (url.pathname === ApiRoutes.search && url.searchParams.getAll('programme').includes(programme.id)) {
        return {
          body: buildSearchResponse([
            buildSearchHit({ title: 'Cargo bikes for the market' }),
            buildSearchHit({ title: 'A quiet pilot', municipality: null, anonymousOrigin: { kind: null, country: 'TR' } }),
          ]),
        };
      }
      return { status: 404, body: buildApiErrorBody({ code: 'not_found' }) };
    });
    renderApp(`/funding/programmes/${programme.id}`);
    const practices = await screen.findByRole('region', { name: 'Practices it funded' });
    expect(await within(practices).findByRole('link', { name: 'Cargo bikes for the market' })).toBeInTheDocument();
    expect(within(practices).getByRole('link', { name: 'A quiet pilot' })).toBeInTheDocument();
    expect(within(practices).queryByText(/Kadıköy/)).toHaveTextContent(/Kadıköy/);
    expect(within(practices).getAllByText(/Kadıköy/)).toHaveLength(1);
    expect(requestedUrls(fetchMock).some((url) => url.pathname === ApiRoutes.search && url.searchParams.get('sort') === 'newest')).toBe(true);
  });

  it('says so when the programme does not exist', async () => {
    serveFunding();
    renderApp('/funding/programmes/a1b2c3d4-0000-4000-8000-000000000404', { language: 'tr' });
    expect(await screen.findByRole('heading', { name: 'Program bulunamadı' })).toBeInTheDocument();
  });

  it('shows the deadlines to come month by month, with the calendar feed for the chosen theme', async () => {
    serveFunding();
    renderApp('/funding/calls?theme=youth');
    const march = await screen.findByRole('region', { name: 'Mar 2027' });
    expect(within(march).getByRole('link', { name: 'March call' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Apr 2027' })).getByText('Forthcoming')).toBeInTheDocument();
    expect(screen.queryByText('Past round')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Subscribe to these deadlines/ })).toHaveAttribute('href', `${ApiRoutes.fundingCallsCalendar}?theme=youth`);
  });
});

describe('funding pages for moderators', () => {
  it('lets a moderator add a call, checking the dates before sending', async () => {
    const created: unknown[] = [];
    stubFetch((url, request) => {
      if (url.pathname === ApiRoutes.fundingProgramme(programme.id)) return { body: programme };
      if (url.pathname === ApiRoutes.fundingCalls && request.method === 'POST') {
        created.push(request.body);
        return { status: 201, body: buildFundingCall() };
      }
      return { status: 404, body: buildApiErrorBody({ code: 'not_found' }) };
    });
    renderApp(`/funding/programmes/${programme.id}`, { session: buildSessionInfo({ role: 'moderator', municipality: null }) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a call' }));
    const form = screen.getByRole('form', { name: 'New call' });
    await user.type(within(form).getByRole('textbox', { name: /Title of the call/ }), 'Autumn round');
    await user.type(within(form).getByLabelText(/Opens on/), '2027-05-10');
    await user.type(within(form).getByLabelText(/Deadline/), '2027-05-01');
    await user.type(within(form).getByRole('textbox', { name: /Page of the call/ }), 'https://example.org/autumn');
    await user.click(within(form).getByRole('button', { name: 'Add the call' }));
    expect(await within(form).findByText('The deadline is before the opening day.')).toBeInTheDocument();
    expect(created).toEqual([]);

    await user.clear(within(form).getByLabelText(/Deadline/));
    await user.type(within(form).getByLabelText(/Deadline/), '2027-06-30');
    await user.click(within(form).getByRole('button', { name: 'Add the call' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ programmeId: programme.id, title: 'Autumn round', opensOn: '2027-05-10', closesOn: '2027-06-30', url: 'https://example.org/autumn' });
  });

  it('shows staff no moderator action', async () => {
    serveFunding();
    renderApp(`/funding/programmes/${programme.id}`, { session: buildSessionInfo({ role: 'staff' }) });
    await screen.findByRole('heading', { level: 1, name: 'CERV – Town-Twinning' });
    expect(screen.queryByRole('button', { name: 'Add a call' })).not.toBeInTheDocument();
  });
});

describe('the programme form', () => {
  it('adds a programme, shows the server’s refusal of a taken name on the field, and keeps what was typed', async () => {
    const sent: unknown[] = [];
    stubFetch((url, request) => {
      if (url.pathname === ApiRoutes.fundingProgrammes && request.method === 'POST') {
        sent.push(request.body);
        return { status: 409, body: buildApiErrorBody({ code: 'funding_programme_name_taken', message: 'Taken.' }) };
      }
      return { status: 404, body: buildApiErrorBody({ code: 'not_found' }) };
    });
    renderApp('/funding/programmes/new', { session: buildSessionInfo({ role: 'moderator', municipality: null }) });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'New funding programme' });
    await user.click(within(form).getByRole('button', { name: 'Add the programme' }));
    expect(within(form).getAllByText('Fill this in.')).toHaveLength(6);
    expect(sent).toEqual([]);

    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'LIFE');
    await user.type(within(form).getByRole('textbox', { name: /Funded by/ }), 'European Commission');
    await user.type(within(form).getByRole('textbox', { name: /Official page/ }), 'https://cinea.ec.europa.eu/programmes/life_en');
    await user.type(within(form).getByRole('textbox', { name: /Description in English/ }), 'Environment and climate.');
    await user.type(within(form).getByRole('textbox', { name: /Description in Turkish/ }), 'Çevre ve iklim.');
    await user.type(within(form).getByRole('textbox', { name: /Description in German/ }), 'Umwelt und Klima.');
    await user.click(within(form).getByRole('button', { name: 'Add the programme' }));
    expect(await within(form).findByText('Another programme already has this name.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ name: 'LIFE', kind: 'eu', typicalGrantMin: null, description: { tr: 'Çevre ve iklim.' } });
    expect(within(form).getByRole('textbox', { name: /Description in German/ })).toHaveValue('Umwelt und Klima.');
  });

  it('is not offered to staff', async () => {
    serveFunding();
    renderApp('/funding/programmes/new', { session: buildSessionInfo({ role: 'staff' }) });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('New funding programme');
    expect(screen.queryByRole('form', { name: 'New funding programme' })).not.toBeInTheDocument();
  });
});
