import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

// The router listens to the browser's history when it loads; a stand-in is enough to render.
vi.stubGlobal('window', { addEventListener: () => {} });
const { DistanceCard } = await import('./DistanceCard');

describe('the support suggestion', () => {
  it('says it gently, links to the support page, and can be set aside', () => {
    const html = renderToStaticMarkup(
      <DistanceCard distance={{ key: 'distance.stays-low', values: {} }} onDismiss={async () => {}} />,
    );
    expect(html).toContain('Closeness has stayed low for three weeks, even with all you have been trying.');
    expect(html).toContain('href="/support"');
    expect(html).toContain('>Not now</button>');
  });

  it('is not there when the rule does not hold or it was set aside', () => {
    expect(renderToStaticMarkup(<DistanceCard distance={null} onDismiss={async () => {}} />)).toBe('');
  });
});
