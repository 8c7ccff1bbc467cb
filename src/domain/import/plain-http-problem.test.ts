import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../config/content-security-policy';
import { plainHttpProblem } from './plain-http-problem';

const page = 'https://planner.example';

describe('plainHttpProblem', () => {
  it('matches the policy it explains: the page fetches from itself and from https: only', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self' https:;");
  });

  it('says plainly that an http: address on another site cannot be fetched, and what to do', () => {
    const message = plainHttpProblem('http://schedule.example.org/2026/schedule.xml', page);
    expect(message).toMatch(/^This address uses http:/);
    expect(message).toContain('https://schedule.example.org/2026/schedule.xml');
    expect(message).toContain('download the file');
  });

  it('lets https: addresses and the page’s own origin through', () => {
    expect(plainHttpProblem('https://schedule.example.org/schedule.xml', page)).toBeNull();
    const lan = 'http://192.168.1.20:4173';
    expect(plainHttpProblem(`${lan}/schedules/fosdem.xml`, lan)).toBeNull();
  });

  it('refuses http: on the same host but another port, which is another origin', () => {
    expect(plainHttpProblem('http://127.0.0.1:9000/a.xml', 'http://127.0.0.1:4173')).not.toBeNull();
  });
});
