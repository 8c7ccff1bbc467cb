import { describe, expect, it } from 'vitest';
import { fetchScheduleText } from './fetch-schedule-text';

const url = 'https://pretalx.com/denog16/schedule/export/schedule.xml';
const page = 'https://planner.example';

describe('fetchScheduleText', () => {
  it('says plainly that the site forbids it (CORS) or the network is down, and what to do', async () => {
    // Browsers reject a fetch that CORS forbids with a bare TypeError, like a network failure.
    const refused = () => Promise.reject(new TypeError('Failed to fetch'));
    const fetched = await fetchScheduleText(url, refused, page);
    expect(fetched.ok).toBe(false);
    if (fetched.ok) return;
    expect(fetched.message).toContain('CORS');
    expect(fetched.message).toContain('Download the file');
  });

  it('names the status of an address that answers with an error', async () => {
    const missing = () =>
      Promise.resolve(new Response('gone', { status: 404, statusText: 'Not Found' }));
    expect(await fetchScheduleText(url, missing, page)).toMatchObject({
      ok: false,
      message: expect.stringContaining('404 Not Found') as unknown,
    });
  });

  it('hands on the bytes of a schedule that arrives', async () => {
    const served = () => Promise.resolve(new Response('<schedule/>'));
    const fetched = await fetchScheduleText(url, served, page);
    expect(fetched.ok && new TextDecoder().decode(fetched.bytes)).toBe('<schedule/>');
  });

  it('does not try a plain http: address on another site, and says why', async () => {
    let asked = 0;
    const counting = () => {
      asked += 1;
      return Promise.resolve(new Response('<schedule/>'));
    };
    const fetched = await fetchScheduleText('http://example.org/schedule.xml', counting, page);
    expect(fetched).toMatchObject({ ok: false, message: expect.stringMatching(/uses http:/) });
    expect(asked).toBe(0);
  });
});
