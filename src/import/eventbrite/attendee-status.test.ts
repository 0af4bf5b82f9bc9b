import { describe, expect, it } from 'vitest';
import { attendeeStatus, isCheckedIn } from './attendee-status.js';

describe('attendeeStatus', () => {
  it('reads Eventbrite and Zeffy statuses in English and French', () => {
    expect(attendeeStatus('Checked In')).toBe('checked_in');
    expect(attendeeStatus('Enregistré')).toBe('checked_in');
    expect(attendeeStatus('Attending')).toBe('registered');
    expect(attendeeStatus('Payé')).toBe('registered');
    expect(attendeeStatus('Not Attending')).toBe('cancelled');
    expect(attendeeStatus('Remboursé')).toBe('cancelled');
  });
});

describe('isCheckedIn', () => {
  it('reads yes/no, dates and words', () => {
    expect(isCheckedIn('Oui')).toBe(true);
    expect(isCheckedIn('2024-03-21 18:04')).toBe(true);
    expect(isCheckedIn('Non')).toBe(false);
    expect(isCheckedIn('Not checked in')).toBe(false);
    expect(isCheckedIn('')).toBe(false);
  });
});
