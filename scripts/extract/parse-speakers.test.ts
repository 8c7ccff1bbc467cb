// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { looksLikeSpeakers, parseSpeakers } from './parse-speakers';

describe('parseSpeakers', () => {
  it('reads one speaker with a company', () => {
    expect(parseSpeakers('Luis Ramírez, SuperOrbital')).toEqual([
      { name: 'Luis Ramírez', affiliation: 'SuperOrbital' },
    ]);
  });

  it('gives a shared company to every name joined by "&"', () => {
    expect(parseSpeakers('Hemanth Malla & Maxime Visonneau, Datadog')).toEqual([
      { name: 'Hemanth Malla', affiliation: 'Datadog' },
      { name: 'Maxime Visonneau', affiliation: 'Datadog' },
    ]);
  });

  it('recovers the company when the comma before it is missing', () => {
    expect(parseSpeakers('Joseph Sandoval & Tony Gosselin Adobe')).toEqual([
      { name: 'Joseph Sandoval', affiliation: 'Adobe' },
      { name: 'Tony Gosselin', affiliation: 'Adobe' },
    ]);
  });

  it('keeps a company name that contains a comma', () => {
    expect(parseSpeakers('Timur Solodovnikov, ClickHouse, Inc')).toEqual([
      { name: 'Timur Solodovnikov', affiliation: 'ClickHouse, Inc' },
    ]);
  });

  it('reads several speakers from several companies joined by "&"', () => {
    expect(parseSpeakers('Marcel Zięba, Isovalent & Dorde Lapcevic, Google')).toEqual([
      { name: 'Marcel Zięba', affiliation: 'Isovalent' },
      { name: 'Dorde Lapcevic', affiliation: 'Google' },
    ]);
  });

  it('reads groups separated by ";", including a one-word name and a shared company', () => {
    expect(
      parseSpeakers(
        'James McShane, SuperOrbital; Hemanth Malla, Datadog; Liz Rice & Thomas Graf, Isovalent',
      ),
    ).toEqual([
      { name: 'James McShane', affiliation: 'SuperOrbital' },
      { name: 'Hemanth Malla', affiliation: 'Datadog' },
      { name: 'Liz Rice', affiliation: 'Isovalent' },
      { name: 'Thomas Graf', affiliation: 'Isovalent' },
    ]);
    expect(parseSpeakers('Lin Sun, solo.io; Flynn, Buoyant')).toEqual([
      { name: 'Lin Sun', affiliation: 'solo.io' },
      { name: 'Flynn', affiliation: 'Buoyant' },
    ]);
  });
});

describe('looksLikeSpeakers', () => {
  it('tells a speaker list from a subtitle', () => {
    expect(looksLikeSpeakers('Ann Lee, Acme')).toBe(true);
    expect(looksLikeSpeakers('Joseph Sandoval & Tony Gosselin Adobe')).toBe(true);
    expect(looksLikeSpeakers('eBPF: Unlocking the Kernel')).toBe(false);
    expect(looksLikeSpeakers('What to Expect Running at Scale')).toBe(false);
  });
});
