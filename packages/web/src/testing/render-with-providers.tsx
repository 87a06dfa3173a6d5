import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { initI18n } from '../i18n/i18n';

/** jsdom lacks what Mantine measures with; tests only need the calls to exist. */
function polyfillBrowserApis() {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    });
  }
  // No Font Loading API in jsdom; Mantine's autosizing textarea listens to it.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener: () => undefined, removeEventListener: () => undefined },
    });
  }
  // jsdom does not scroll; Mantine's combobox scrolls the selected option into view.
  if (!('scrollIntoView' in Element.prototype)) {
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined });
  }
  if (typeof globalThis.ResizeObserver === 'undefined') {
    globalThis.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
}

/** Renders a component as the app does: Mantine (test mode: no transitions, no portals) and French translations. */
export function renderWithProviders(ui: ReactElement): RenderResult {
  polyfillBrowserApis();
  const i18n = initI18n();
  void i18n.changeLanguage('fr');
  return render(<MantineProvider env="test">{ui}</MantineProvider>);
}
