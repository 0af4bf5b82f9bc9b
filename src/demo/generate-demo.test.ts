import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate-demo.js';

const demo = generateDemo();
const { batch } = demo;
const emails = new Set(batch.members.flatMap((m) => m.emails));
const staffEmails = new Set(batch.members.filter((m) => m.staff).flatMap((m) => m.emails));

function perMonth(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of batch.messages) {
    const month = m.timestamp.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return counts;
}

function meanOver(counts: Map<string, number>, from: string, to: string): number {
  const months = [...counts.keys()].filter((m) => m >= from && m <= to);
  return months.reduce((sum, m) => sum + (counts.get(m) ?? 0), 0) / months.length;
}

describe('generateDemo', () => {
  it('is deterministic for a seed', () => {
    expect(generateDemo({ seed: 7 })).toEqual(generateDemo({ seed: 7 }));
  });

  it('differs between seeds', () => {
    expect(generateDemo({ seed: 7 })).not.toEqual(generateDemo({ seed: 8 }));
  });

  it('describes the demo community as of November 2024', () => {
    expect(demo.community.slug).toBe('demo');
    expect(demo.community.name).toBe('Communauté de pratique en promotion numérique');
    expect(demo.asOf).toBe('2024-11-15');
  });

  it('has about 120 members, 3 of them staff', () => {
    expect(batch.members.length).toBeGreaterThanOrEqual(110);
    expect(batch.members.length).toBeLessThanOrEqual(130);
    expect(staffEmails.size).toBe(3);
  });

  it('gives every member one unique ASCII email', () => {
    expect(emails.size).toBe(batch.members.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.[a-z]+$/);
  });

  it('leaves some administrative regions empty and lets Montréal dominate', () => {
    const regions = new Map<string, number>();
    for (const m of batch.members)
      regions.set(m.region ?? '', (regions.get(m.region ?? '') ?? 0) + 1);
    expect(regions.size).toBeLessThan(17);
    const [top] = [...regions.entries()].sort((a, b) => b[1] - a[1]);
    expect(top?.[0]).toBe('Montréal');
  });

  it('has about 40 events of the five kinds', () => {
    expect(batch.events.length).toBeGreaterThanOrEqual(35);
    expect(batch.events.length).toBeLessThanOrEqual(45);
    expect(new Set(batch.events.map((e) => e.kind))).toEqual(
      new Set(['rencontre', 'webinaire', 'atelier', 'codéveloppement', '5 à 7']),
    );
  });

  it('has attendance of 8 to 35 people per event', () => {
    for (const event of batch.events) {
      const n = batch.attendance.filter((a) => a.event.externalId === event.externalId).length;
      expect(n).toBeGreaterThanOrEqual(8);
      expect(n).toBeLessThanOrEqual(35);
    }
  });

  it('has between 2,000 and 4,000 messages', () => {
    expect(batch.messages.length).toBeGreaterThanOrEqual(2000);
    expect(batch.messages.length).toBeLessThanOrEqual(4000);
  });

  it('resolves every person reference to a member', () => {
    const refs = [
      ...batch.events.map((e) => e.organizer),
      ...batch.attendance.map((a) => a.person),
      ...batch.messages.flatMap((m) => [m.author, ...m.mentions]),
      ...batch.contributions.map((c) => c.author),
      ...batch.ties.flatMap((t) => [t.source, t.target]),
    ];
    for (const ref of refs) expect(emails.has(ref?.email ?? '')).toBe(true);
  });

  it('resolves every event, reply and thread reference', () => {
    const events = new Set(batch.events.map((e) => e.externalId));
    for (const a of batch.attendance) expect(events.has(a.event.externalId ?? '')).toBe(true);
    const ids = new Map(batch.messages.map((m) => [m.externalId, m]));
    expect(ids.size).toBe(batch.messages.length);
    for (const m of batch.messages) {
      if (m.replyTo !== null)
        expect((ids.get(m.replyTo)?.timestamp ?? '~') < m.timestamp).toBe(true);
      expect(ids.get(m.thread ?? '')?.replyTo).toBeNull();
    }
  });

  it('dates nothing on or after asOf', () => {
    const dates = [
      ...batch.members.flatMap((m) => [m.joinedAt ?? '', m.leftAt ?? '']),
      ...batch.events.map((e) => e.date),
      ...batch.messages.map((m) => m.timestamp),
      ...batch.contributions.map((c) => c.date),
      ...batch.ties.map((t) => t.date ?? ''),
    ];
    for (const date of dates) expect(date.slice(0, 10) < demo.asOf).toBe(true);
  });

  it('shows growth, a 2023 slump and a partial recovery in monthly messages', () => {
    const counts = perMonth();
    const early2021 = meanOver(counts, '2021-01', '2021-06');
    const peak2022 = meanOver(counts, '2022-01', '2022-12');
    const slump2023 = meanOver(counts, '2023-03', '2023-12');
    const recovery2024 = meanOver(counts, '2024-01', '2024-10');
    expect(peak2022).toBeGreaterThan(early2021);
    expect(slump2023).toBeLessThan(peak2022 / 3);
    expect(recovery2024).toBeGreaterThan(slump2023 * 1.5);
    expect(recovery2024).toBeLessThan(peak2022);
  });

  it('has staff start a large share of threads', () => {
    const starts = batch.messages.filter((m) => m.replyTo === null);
    const byStaff = starts.filter((m) => staffEmails.has(m.author.email ?? '')).length;
    expect(byStaff / starts.length).toBeGreaterThan(0.35);
    expect(
      batch.events.filter((e) => staffEmails.has(e.organizer?.email ?? '')).length,
    ).toBeGreaterThan(batch.events.length / 2);
  });

  it('has newcomers who came to one event and never came back', () => {
    const authors = new Set(batch.messages.map((m) => m.author.email));
    const attended = new Map<string, number>();
    for (const a of batch.attendance) {
      const email = a.person.email ?? '';
      attended.set(email, (attended.get(email) ?? 0) + 1);
    }
    const oneTimers = [...attended].filter(([email, n]) => n === 1 && !authors.has(email));
    expect(oneTimers.length).toBeGreaterThanOrEqual(5);
  });

  it('leaves some questions unanswered', () => {
    const replied = new Set(batch.messages.map((m) => m.replyTo));
    const lonely = batch.messages.filter((m) => m.replyTo === null && !replied.has(m.externalId));
    expect(lonely.length).toBeGreaterThan(0);
  });
});
