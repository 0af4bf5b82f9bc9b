import { describe, expect, it } from 'vitest';
import { slackChannels } from './slack-channels.js';

describe('slackChannels', () => {
  it('finds a renamed channel by its current and former names, with one id', () => {
    const channels = slackChannels([
      [{ id: 'C01R5MVFTQS', name: 'scribble-math', previous_names: ['math-scribble'] }],
    ]);
    expect(channels.get('scribble-math')).toEqual({ id: 'C01R5MVFTQS', name: 'scribble-math' });
    expect(channels.get('math-scribble')).toEqual({ id: 'C01R5MVFTQS', name: 'scribble-math' });
  });

  it('files direct messages under their id', () => {
    const channels = slackChannels([[], [{ id: 'D024BE91L', members: ['U1', 'U2'] }]]);
    expect(channels.get('D024BE91L')?.name).toBe('D024BE91L');
  });
});
